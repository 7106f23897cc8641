using RoleBot.Knowledge.Passages;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>
/// Which passages a question may be answered from: documents under some folders and/or with some front-matter tags
/// (channels.yml gives one per Slack channel or Teams team/channel). Folders and tags each narrow the set; an empty
/// scope is the whole knowledge. The search applies it before ranking, so a scoped answer cites nothing outside it.
/// </summary>
public sealed record PassageScope
{
    /// <summary>Folder prefixes relative to the knowledge folder, with '/' separators ("engineering/", "hr/leave").</summary>
    public IReadOnlyList<string> Folders { get; init; } = [];

    /// <summary>Front-matter tags; a passage qualifies when its document has any of them (case-insensitive).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    public static PassageScope Everything { get; } = new();

    public bool IsEverything => Folders.Count == 0 && Tags.Count == 0;

    /// <summary>A stable text form, so caches can tell scopes apart ("folders=a/,b/;tags=x").</summary>
    public string Key => IsEverything ? "" : $"folders={string.Join(',', Folders.Select(Normalize).Order(StringComparer.Ordinal))};tags={string.Join(',', Tags.Select(t => t.ToLowerInvariant()).Order(StringComparer.Ordinal))}";

    public bool Includes(Passage passage)
    {
        if (Folders.Count > 0 && !Folders.Any(f => InFolder(passage.SourcePath, f)))
        {
            return false;
        }

        return Tags.Count == 0 || passage.Tags.Any(t => Tags.Contains(t, StringComparer.OrdinalIgnoreCase));
    }

    private static bool InFolder(string sourcePath, string folder)
    {
        var prefix = Normalize(folder);
        var path = sourcePath.Replace('\\', '/');
        return prefix.Length == 0
            || path.StartsWith(prefix + "/", StringComparison.OrdinalIgnoreCase)
            || string.Equals(path, prefix, StringComparison.OrdinalIgnoreCase);      // a single file named as the scope
    }

    private static string Normalize(string folder) => folder.Replace('\\', '/').Trim().Trim('/');
}
