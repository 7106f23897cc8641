using System.IO.Hashing;
using System.Text;

namespace RoleBot.Knowledge.Semantic;

/// <summary>
/// Vectors already computed, keyed by a 128-bit hash of the embedded text, in one file per model and knowledge folder.
/// A restart or reload embeds only texts it has not seen. The file is trusted only when its header names the same
/// model and dimensions and every vector is finite and unit-length; anything else is a warning and a rebuild.
/// Writes go to a temporary file renamed over the old one, so a crash mid-write never leaves a torn cache.
/// </summary>
public sealed class VectorCache
{
    private const uint Magic = 0x43564252;                      // "RBVC"
    private const int Version = 1;

    private readonly Dictionary<UInt128, float[]> _vectors = [];
    private readonly string? _file;

    private VectorCache(string? file) => _file = file;

    /// <summary>Why the file on disk was not used, if it existed but could not be trusted.</summary>
    public string? Warning { get; private set; }

    public int Count => _vectors.Count;

    public static UInt128 KeyOf(string text) => XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(text));

    /// <summary>Opens the cache file for <paramref name="model"/> in <paramref name="directory"/> (null: memory only).</summary>
    public static VectorCache Open(string? directory, string model, int dimensions, string scope)
    {
        if (directory is null)
        {
            return new VectorCache(null);
        }

        var file = Path.Combine(directory, $"vectors-{model}-{scope}.bin");
        var cache = new VectorCache(file);
        if (File.Exists(file))
        {
            try
            {
                cache.Read(file, model, dimensions);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException)
            {
                cache._vectors.Clear();
                cache.Warning = $"the vector cache could not be used and is rebuilt ({ex.Message})";
            }
        }

        return cache;
    }

    public bool TryGet(UInt128 key, out float[] vector) => _vectors.TryGetValue(key, out vector!);

    /// <summary>Drops the vectors read from disk once they are copied elsewhere, so a large knowledge is not held twice.</summary>
    public void Release()
    {
        _vectors.Clear();
        _vectors.TrimExcess();
    }

    /// <summary>Writes exactly <paramref name="keep"/> (the vectors the knowledge uses now), so the file never grows stale.</summary>
    public string? Save(IReadOnlyDictionary<UInt128, float[]> keep, string model, int dimensions)
    {
        if (_file is null)
        {
            return null;
        }

        var temporary = $"{_file}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream))
            {
                writer.Write(Magic);
                writer.Write(Version);
                writer.Write(model);
                writer.Write(dimensions);
                writer.Write(keep.Count);
                foreach (var (key, vector) in keep)
                {
                    writer.Write((ulong)(key >> 64));
                    writer.Write((ulong)key);
                    foreach (var value in vector)
                    {
                        writer.Write(value);
                    }
                }
            }

            File.Move(temporary, _file, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return $"the vector cache could not be written ({ex.Message}); vectors will be computed again on the next start";
        }
    }

    private void Read(string file, string model, int dimensions)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(stream);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("not a RoleBot vector cache");
        }

        var storedModel = reader.ReadString();
        var storedDimensions = reader.ReadInt32();
        if (storedModel != model || storedDimensions != dimensions)
        {
            throw new InvalidDataException($"it holds vectors of model '{storedModel}' ({storedDimensions} dimensions), not '{model}'");
        }

        var count = reader.ReadInt32();
        var entryBytes = 16L + (4L * dimensions);
        if (count < 0 || stream.Length != stream.Position + (count * entryBytes))
        {
            throw new InvalidDataException("its length does not match its header");
        }

        _vectors.EnsureCapacity(count);
        for (var i = 0; i < count; i++)
        {
            var key = ((UInt128)reader.ReadUInt64() << 64) | reader.ReadUInt64();
            var vector = new float[dimensions];
            ReadVector(stream, vector);
            var norm = 0.0;
            for (var d = 0; d < dimensions; d++)
            {
                norm += vector[d] * vector[d];
            }

            if (!double.IsFinite(norm) || Math.Abs(norm - 1) > 0.01)
            {
                throw new InvalidDataException($"vector {i} is not unit-length");
            }

            _vectors[key] = vector;
        }
    }

    /// <summary>
    /// Reads one vector's floats in one call (BinaryWriter wrote them little-endian, as this machine lays them out):
    /// a float at a time took about a second for the 90k vectors of a 10k-passage knowledge.
    /// </summary>
    private static void ReadVector(Stream stream, float[] vector)
    {
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(vector.AsSpan());
        stream.ReadExactly(bytes);
        if (!BitConverter.IsLittleEndian)
        {
            var words = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, int>(bytes);
            System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(words, words);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
