using System.IO.Hashing;
using System.Text;

namespace RoleBot.Knowledge.Semantic;

/// <summary>Whether and how a knowledge base gets meaning vectors beside its Lucene index.</summary>
/// <param name="Enabled">False: lexical (BM25) retrieval only, no model loaded.</param>
/// <param name="Model">An <see cref="EmbeddingModels"/> name.</param>
/// <param name="CachePath">Folder for the vector cache; null: beside an on-disk index, else the user's cache folder.</param>
public sealed record SemanticSettings(bool Enabled = true, string Model = EmbeddingModels.Default, string? CachePath = null)
{
    public static SemanticSettings Default { get; } = new();

    /// <summary>An embedder to use instead of <see cref="Model"/> (benchmarks of synthetic corpora use a hashing one).</summary>
    public ITextEmbedder? Embedder { get; init; }

    public static SemanticSettings Lexical { get; } = new(Enabled: false);

    /// <summary>The cache folder and the file scope for <paramref name="folder"/> (one cache file per knowledge folder).</summary>
    internal (string? Directory, string Scope) CacheLocation(string folder, string? indexPath)
    {
        if (CachePath is not null)
        {
            return (CachePath, ScopeOf(folder));
        }

        if (indexPath is not null)
        {
            return (Path.Combine(indexPath, "vectors"), "index");      // replicas mounting one index share its vectors
        }

        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(root))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            root = string.IsNullOrEmpty(home) ? Path.GetTempPath() : Path.Combine(home, ".cache");
        }

        return (Path.Combine(root, "rolebot", "vectors"), ScopeOf(folder));
    }

    private static string ScopeOf(string folder) =>
        Convert.ToHexStringLower(XxHash64.Hash(Encoding.UTF8.GetBytes(Path.GetFullPath(folder))));
}
