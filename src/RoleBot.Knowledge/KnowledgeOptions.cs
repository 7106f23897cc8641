namespace RoleBot.Knowledge;

/// <summary>Where the knowledge lives and how it is indexed (configuration section "Knowledge").</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The knowledge folder. Default: the repository's <c>knowledge/</c>, found from the working directory or the build output.</summary>
    public string? Path { get; set; }

    /// <summary>Optional folder for an on-disk Lucene index, rebuilt when the knowledge changes. Default: in memory.</summary>
    public string? IndexPath { get; set; }

    /// <summary>Semantic vectors beside the Lucene index (default on); off gives lexical-only retrieval and loads no model.</summary>
    public bool Semantic { get; set; } = true;

    /// <summary>The embedding model: <c>arctic-xs</c> (default) or <c>minilm</c>; both ship inside NuGet packages.</summary>
    public string Model { get; set; } = RoleBot.Knowledge.Semantic.EmbeddingModels.Default;

    /// <summary>Folder of the vector cache. Default: beside <see cref="IndexPath"/> when set, else ~/.cache/rolebot/vectors.</summary>
    public string? VectorCachePath { get; set; }

    public RoleBot.Knowledge.Semantic.SemanticSettings SemanticSettings => new(Semantic, Model, VectorCachePath);

    /// <summary>
    /// Documents last updated more than this many days ago are marked "may be out of date" in answers and listed by
    /// <c>rolebot report</c> (default 365; 0 turns the mark off).
    /// </summary>
    public int StaleAfterDays { get; set; } = Freshness.FreshnessPolicy.DefaultStaleAfterDays;

    /// <summary>Finds the default knowledge folder: ./knowledge, or the nearest parent of the executable that has one.</summary>
    public static string? FindDefaultFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "knowledge");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public string ResolveFolder() =>
        System.IO.Path.GetFullPath(Path ?? FindDefaultFolder() ?? throw new KnowledgeLoadException(
            "No knowledge folder found: there is no ./knowledge here or above the program. Pass --knowledge DIR or set Knowledge:Path."));
}

/// <summary>The knowledge cannot be loaded at all (missing or empty folder); the message is one line for the user.</summary>
public sealed class KnowledgeLoadException(string message) : Exception(message);
