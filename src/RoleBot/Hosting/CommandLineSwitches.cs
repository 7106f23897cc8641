namespace RoleBot.Hosting;

/// <summary>Short command-line switches shared by the host and the CLI verbs.</summary>
public static class CommandLineSwitches
{
    public static readonly IDictionary<string, string> Mappings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["--knowledge"] = "Knowledge:Path",
        ["--index-path"] = "Knowledge:IndexPath",
        ["--stale-after-days"] = "Knowledge:StaleAfterDays",
    };

    /// <summary>The flag for lexical-only retrieval (no embedding model), on the host and every verb.</summary>
    public const string NoSemantic = "--no-semantic";

    /// <summary>Rewrites value-less flags into configuration keys ("--no-semantic" → Knowledge:Semantic=false).</summary>
    public static string[] Expand(string[] args) =>
        args.Select(a => a == NoSemantic ? "--Knowledge:Semantic=false" : a).ToArray();
}
