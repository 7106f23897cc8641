using System.Buffers.Binary;
using System.IO.Hashing;
using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Text;

namespace RoleBot.Knowledge.Semantic;

/// <summary>
/// Vectors already computed, keyed by a 128-bit hash of the embedded text, in one file per model and knowledge folder.
/// A restart or reload embeds only texts it has not seen. The file is trusted only when its header names the same
/// model and dimensions and every vector is finite and unit-length; anything else is a warning and a rebuild.
/// Opening reads the whole file to check it but keeps only where each vector is: <see cref="TryCopy"/> reads a vector
/// again straight into its destination, so a large knowledge's vectors are never held twice (at 100k passages they are
/// about 1.3 GiB). Writes go to a temporary file renamed over the old one, so a crash mid-write never leaves a torn cache.
/// </summary>
public sealed class VectorCache : IDisposable
{
    private const uint Magic = 0x43564252;                      // "RBVC"
    private const int Version = 1;
    private const int KeyBytes = 16;

    private readonly Dictionary<UInt128, int> _entries = [];    // key → its entry's place in the file
    private readonly string? _file;
    private readonly byte[] _entry;                              // one key and vector, reused for every read
    private FileStream? _stream;                                 // open from Open until Release
    private long _firstEntry;                                    // where entries start, after the header

    private VectorCache(string? file, int dimensions)
    {
        _file = file;
        _entry = new byte[KeyBytes + (sizeof(float) * dimensions)];
    }

    /// <summary>
    /// Why the file on disk was not used, if it existed but could not be trusted, or why it stopped being used when it
    /// became unreadable after it was opened.
    /// </summary>
    public string? Warning { get; private set; }

    /// <summary>The vectors the file holds, until <see cref="Release"/>.</summary>
    public int Count => _entries.Count;

    public static UInt128 KeyOf(string text) => XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(text));

    /// <summary>Opens the cache file for <paramref name="model"/> in <paramref name="directory"/> (null: memory only).</summary>
    public static VectorCache Open(string? directory, string model, int dimensions, string scope)
    {
        if (directory is null)
        {
            return new VectorCache(null, dimensions);
        }

        var file = Path.Combine(directory, $"vectors-{model}-{scope}.bin");
        var cache = new VectorCache(file, dimensions);
        if (File.Exists(file))
        {
            try
            {
                cache.Read(file, model, dimensions);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException)
            {
                cache.Release();
                cache.Warning = $"the vector cache could not be used and is rebuilt ({ex.Message})";
            }
        }

        return cache;
    }

    /// <summary>
    /// Copies the vector of <paramref name="key"/> into <paramref name="destination"/>, if the file holds it. The file
    /// is read and checked again: one cut short or changed since it was opened is a miss and a <see cref="Warning"/>,
    /// and no further vector is read from it.
    /// </summary>
    public bool TryCopy(UInt128 key, Span<float> destination)
    {
        if (_stream is null || !_entries.TryGetValue(key, out var entry))
        {
            return false;
        }

        string problem;
        try
        {
            var position = _firstEntry + ((long)entry * _entry.Length);
            if (_stream.Position != position)
            {
                _stream.Position = position;                     // a restart reads in file order and never seeks
            }

            if (ReadEntry(out var stored) && stored == key)
            {
                MemoryMarshal.Cast<byte, float>(_entry.AsSpan(KeyBytes)).CopyTo(destination);
                return true;
            }

            problem = "a vector changed since it was opened";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = ex.Message;
        }

        Release();
        Warning = $"the vector cache became unreadable while in use; its other vectors are computed again ({problem})";
        return false;
    }

    /// <summary>Closes the file and forgets where its vectors are, once those in use are copied out of it.</summary>
    public void Release()
    {
        _stream?.Dispose();
        _stream = null;
        _entries.Clear();
        _entries.TrimExcess();
    }

    public void Dispose() => Release();

    /// <summary>
    /// Writes exactly <paramref name="keep"/> (the vectors the knowledge uses now, in the order a load will read them),
    /// so the file never grows stale.
    /// </summary>
    public string? Save(IReadOnlyList<(UInt128 Key, ReadOnlyMemory<float> Vector)> keep, string model, int dimensions)
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
                    WriteVector(writer, vector.Span);
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
        // Kept open for TryCopy; others may still replace the file (a new cache renamed over it), this one reads on.
        _stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16);
        using var reader = new BinaryReader(_stream, Encoding.UTF8, leaveOpen: true);
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
        _firstEntry = _stream.Position;
        if (count < 0 || _stream.Length != _firstEntry + ((long)count * _entry.Length))
        {
            throw new InvalidDataException("its length does not match its header");
        }

        _entries.EnsureCapacity(count);
        for (var i = 0; i < count; i++)
        {
            if (!ReadEntry(out var key))
            {
                throw new InvalidDataException($"vector {i} is not unit-length");
            }

            _entries[key] = i;
        }
    }

    /// <summary>
    /// Reads the entry at the file's position into <c>_entry</c> in one call (a float at a time took about a second for
    /// the 90k vectors of a 10k-passage knowledge): its key, and whether its vector is finite and unit-length.
    /// </summary>
    private bool ReadEntry(out UInt128 key)
    {
        _stream!.ReadExactly(_entry);
        key = ((UInt128)BinaryPrimitives.ReadUInt64LittleEndian(_entry) << 64) | BinaryPrimitives.ReadUInt64LittleEndian(_entry.AsSpan(8));
        if (!BitConverter.IsLittleEndian)
        {
            var words = MemoryMarshal.Cast<byte, int>(_entry.AsSpan(KeyBytes));
            BinaryPrimitives.ReverseEndianness(words, words);
        }

        var norm = TensorPrimitives.SumOfSquares(MemoryMarshal.Cast<byte, float>(_entry.AsSpan(KeyBytes)));
        return float.IsFinite(norm) && Math.Abs(norm - 1) <= 0.01;
    }

    /// <summary>A vector's floats little-endian, as BinaryWriter writes a float: in one call where the machine lays them out so.</summary>
    private static void WriteVector(BinaryWriter writer, ReadOnlySpan<float> vector)
    {
        if (BitConverter.IsLittleEndian)
        {
            writer.Write(MemoryMarshal.AsBytes(vector));
            return;
        }

        foreach (var value in vector)
        {
            writer.Write(value);
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
