using System.Text.RegularExpressions;
using RoleBot.ConfigFiles;
using RoleBot.Knowledge.Retrieval;
using YamlDotNet.RepresentationModel;

namespace RoleBot.Channels.Rules;

/// <summary>
/// Parses channels.yml. An entry with a problem is skipped with a warning (or keeps its previous form when the last good
/// file had it, so a typo never silently widens what a channel searches); unknown keys are warned about and ignored.
/// </summary>
/// <example>
/// defaults: { folders: [], tags: [] }
/// slack:
///   C0123ABCD: { name: "#data-team", folders: [data-science/], tags: [onboarding], trigger: question }
/// teams:
///   "19:abc@thread.tacv2": { folders: [ml/] }
/// </example>
public static partial class ChannelRulesFile
{
    public const string FileName = "channels.yml";

    /// <summary>Most channel entries read (1,000); later ones are ignored with a warning.</summary>
    public const int MaxEntries = 1000;

    private static readonly string[] TopKeys = ["defaults", "slack", "teams"];
    private static readonly string[] EntryKeys = ["name", "folders", "tags", "trigger"];

    public static YamlParse<ChannelRuleSet> Parse(string text, ChannelRuleSet? lastGood)
    {
        var (root, error) = YamlNodes.Root(text);
        if (root is null)
        {
            return YamlParse.Unusable<ChannelRuleSet>(error!);
        }

        var warnings = new List<string>();
        foreach (var (key, _) in root.Children)
        {
            if (!TopKeys.Contains(YamlNodes.Key(key), StringComparer.OrdinalIgnoreCase))
            {
                warnings.Add($"{YamlNodes.Line(key)}: unknown top-level key '{YamlNodes.Key(key)}' (expected defaults, slack, teams)");
            }
        }

        var defaults = PassageScope.Everything;
        if (root.Get("defaults") is { } defaultsNode)
        {
            var (scope, _, problem) = ReadEntry(defaultsNode, warnings, allowTrigger: false);
            if (problem is null)
            {
                defaults = scope!;
            }
            else
            {
                defaults = lastGood?.Defaults ?? PassageScope.Everything;
                warnings.Add($"{YamlNodes.Line(defaultsNode)}: defaults: {problem}; {(lastGood is null ? "everything is searched" : "the previous defaults stay in use")}");
            }
        }

        var slack = new Dictionary<string, ChannelRule>(StringComparer.Ordinal);
        var teams = new Dictionary<string, ChannelRule>(StringComparer.OrdinalIgnoreCase);
        ReadPlatform(root.Get("slack"), "slack", SlackChannelId(), "a Slack channel id such as C0123ABCD", slack, lastGood?.Slack, warnings);
        ReadPlatform(root.Get("teams"), "teams", TeamsId(), "a Teams channel or team id such as 19:abc@thread.tacv2", teams, lastGood?.Teams, warnings);
        return new YamlParse<ChannelRuleSet>(new ChannelRuleSet(defaults, slack, teams), slack.Count + teams.Count, warnings);
    }

    private static void ReadPlatform(YamlNode? node, string platform, Regex idShape, string idHint, Dictionary<string, ChannelRule> into,
        IReadOnlyDictionary<string, ChannelRule>? previous, List<string> warnings)
    {
        switch (node)
        {
            case null or YamlScalarNode { Value: null or "" }:
                return;
            case not YamlMappingNode:
                warnings.Add($"{YamlNodes.Line(node)}: {platform}: expected a mapping of channel ids to settings; ignored");
                return;
        }

        foreach (var (keyNode, value) in ((YamlMappingNode)node).Children)
        {
            var id = YamlNodes.Key(keyNode) ?? "";
            if (into.Count >= MaxEntries)
            {
                warnings.Add($"{YamlNodes.Line(keyNode)}: {platform}: more than {MaxEntries} entries; the rest are ignored");
                return;
            }

            if (!idShape.IsMatch(id))
            {
                warnings.Add($"{YamlNodes.Line(keyNode)}: {platform} '{id}' is not {idHint}; ignored");
                continue;
            }

            var (scope, trigger, problem) = ReadEntry(value, warnings, allowTrigger: true, label: $"{platform} '{id}'");
            if (problem is null)
            {
                into[id] = new ChannelRule(id, (value as YamlMappingNode)?.Scalar("name"), scope!, trigger);
            }
            else if (previous is not null && previous.TryGetValue(id, out var kept))
            {
                into[id] = kept;
                warnings.Add($"{YamlNodes.Line(keyNode)}: {platform} '{id}': {problem}; its previous settings stay in use");
            }
            else
            {
                warnings.Add($"{YamlNodes.Line(keyNode)}: {platform} '{id}': {problem}; ignored (the channel behaves as if unlisted)");
            }
        }
    }

    private static (PassageScope? Scope, AnswerTrigger Trigger, string? Problem) ReadEntry(YamlNode node, List<string> warnings, bool allowTrigger, string label = "defaults")
    {
        if (node is YamlScalarNode { Value: null or "" })
        {
            return (PassageScope.Everything, AnswerTrigger.Mention, null);   // "C0123:" with nothing: listed, defaults
        }

        if (node is not YamlMappingNode map)
        {
            return (null, AnswerTrigger.Mention, "expected settings (folders, tags, trigger)");
        }

        foreach (var (key, _) in map.Children)
        {
            var name = YamlNodes.Key(key);
            if (!EntryKeys.Contains(name, StringComparer.OrdinalIgnoreCase) || (!allowTrigger && name is "trigger" or "name"))
            {
                warnings.Add($"{YamlNodes.Line(key)}: {label}: unknown key '{name}' ignored");
            }
        }

        var folders = YamlNodes.Strings(map.Get("folders"));
        if (folders is null)
        {
            return (null, AnswerTrigger.Mention, "folders must be a list of folder names");
        }

        if (folders.FirstOrDefault(f => f.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(f) || f.Contains(':', StringComparison.Ordinal)) is { } bad)
        {
            return (null, AnswerTrigger.Mention, $"folder '{bad}' must be relative to the knowledge folder");
        }

        var tags = YamlNodes.Strings(map.Get("tags"));
        if (tags is null)
        {
            return (null, AnswerTrigger.Mention, "tags must be a list of tags");
        }

        var trigger = AnswerTrigger.Mention;
        if (allowTrigger && map.Scalar("trigger") is { } text && !Enum.TryParse(text, ignoreCase: true, out trigger))
        {
            return (null, AnswerTrigger.Mention, $"trigger '{text}' is not 'mention' or 'question'");
        }

        return (new PassageScope { Folders = folders, Tags = tags }, trigger, null);
    }

    // Public (C) and private (G) channel ids; DMs are not configurable (they use the defaults).
    [GeneratedRegex("^[CG][A-Z0-9]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlackChannelId();

    [GeneratedRegex(@"^\d+:\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex TeamsId();
}
