using System.Collections.Concurrent;

namespace RoleBot.Knowledge.Semantic;

/// <summary>
/// The embedding models RoleBot ships, loaded once per process and shared by every knowledge snapshot (a model is
/// immutable and ~100 MiB; reloading the knowledge must not load it again).
/// </summary>
public static class EmbeddingModels
{
    /// <summary>snowflake-arctic-embed-xs: retrieval-tuned, 384 dimensions. The default: it ranked best on our sets (README).</summary>
    public const string ArcticXs = "arctic-xs";

    /// <summary>all-MiniLM-L6-v2: general sentence similarity, 384 dimensions.</summary>
    public const string MiniLm = "minilm";

    public const string Default = ArcticXs;

    private static readonly ConcurrentDictionary<string, Lazy<(ITextEmbedder? Model, string? Error)>> Loaded = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The model, or null with the reason it could not be loaded (RoleBot then answers lexically).</summary>
    public static (ITextEmbedder? Model, string? Error) Get(string name) =>
        Loaded.GetOrAdd(name.Trim(), n => new Lazy<(ITextEmbedder?, string?)>(() => TryLoad(n))).Value;

    private static (ITextEmbedder?, string?) TryLoad(string name)
    {
        try
        {
            return (OnnxTextEmbedder.Load(name.ToLowerInvariant()), null);
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or InvalidOperationException or TypeInitializationException
                                       or DllNotFoundException or BadImageFormatException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            return (null, $"the embedding model '{name}' could not be loaded ({ex.Message.Split('\n')[0].Trim()})");
        }
    }
}
