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
}
