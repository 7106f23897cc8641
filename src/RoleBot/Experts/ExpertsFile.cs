using System.Text.RegularExpressions;
using RoleBot.ConfigFiles;
using YamlDotNet.RepresentationModel;

namespace RoleBot.Experts;

/// <summary>
/// Parses experts.yml. Entries naming unknown experts, malformed Slack ids or routes without a role or folder are
/// ignored with a warning each; the rest is used. Whether documents' owners are known is checked against the
/// knowledge separately (<see cref="ExpertsConfig"/>).
/// </summary>
/// <example>
/// channels: { slack: C0EXPERTS, teams: "19:experts@thread.tacv2" }
/// experts:
///   ana: { name: Ana Lima, slack: U0ANA, teams: "29:1ana" }
/// routes:
///   - { role: ml-engineer, experts: [ana] }
///   - { folder: team/, experts: [ana], slack: C0MLTEAM }
/// </example>
public static partial class ExpertsFile
{
    public const string FileName = "experts.yml";

    /// <summary>Most experts and routes read (500 each); later ones are ignored with a warning.</summary>
    public const int MaxEntries = 500;

    private static readonly string[] TopKeys = ["channels", "experts", "routes"];

    public static YamlParse<ExpertsSettings> Parse(string text, ExpertsSettings? lastGood)
    {
        var (root, error) = YamlNodes.Root(text);
        if (root is null)
        {
            return YamlParse.Unusable<ExpertsSettings>(error!);
        }

        var warnings = new List<string>();
        foreach (var (key, _) in root.Children)
        {
            if (!TopKeys.Contains(YamlNodes.Key(key), StringComparer.OrdinalIgnoreCase))
            {
                warnings.Add($"{YamlNodes.Line(key)}: unknown top-level key '{YamlNodes.Key(key)}' (expected channels, experts, routes)");
            }
        }

        string? slackChannel = null, teamsChannel = null;
        if (root.Get("channels") is YamlMappingNode channels)
        {
            slackChannel = SlackChannel(channels, "channels", warnings);
            teamsChannel = TeamsChannel(channels, "channels", warnings);
        }
        else if (root.Get("channels") is { } notMap and not YamlScalarNode { Value: null or "" })
        {
            warnings.Add($"{YamlNodes.Line(notMap)}: channels: expected slack and/or teams; ignored");
        }

        var experts = ReadExperts(root.Get("experts"), warnings);
        var routes = ReadRoutes(root.Get("routes"), experts, warnings);
        return new YamlParse<ExpertsSettings>(new ExpertsSettings(slackChannel, teamsChannel, experts, routes), experts.Count + routes.Count, warnings);
    }

    private static Dictionary<string, Expert> ReadExperts(YamlNode? node, List<string> warnings)
    {
        var experts = new Dictionary<string, Expert>(StringComparer.OrdinalIgnoreCase);
        if (node is null or YamlScalarNode { Value: null or "" })
        {
            return experts;
        }

        if (node is not YamlMappingNode map)
        {
            warnings.Add($"{YamlNodes.Line(node)}: experts: expected a mapping of short names to people; ignored");
            return experts;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var key = YamlNodes.Key(keyNode) ?? "";
            if (experts.Count >= MaxEntries)
            {
                warnings.Add($"{YamlNodes.Line(keyNode)}: more than {MaxEntries} experts; the rest are ignored");
                break;
            }

            if (key.Length == 0)
            {
                warnings.Add($"{YamlNodes.Line(keyNode)}: an expert without a short name; ignored");
                continue;
            }

            switch (value)
            {
                case YamlScalarNode scalar:                          // "ana: Ana Lima"
                    experts[key] = new Expert(key, string.IsNullOrWhiteSpace(scalar.Value) ? key : scalar.Value.Trim(), null, null);
                    break;
                case YamlMappingNode person:
                    var label = $"expert '{key}'";
                    experts[key] = new Expert(key, person.Scalar("name") ?? key, SlackUser(person, label, warnings), person.Scalar("teams"));
                    break;
                default:
                    warnings.Add($"{YamlNodes.Line(value)}: expert '{key}': expected name, slack, teams; ignored");
                    break;
            }
        }

        return experts;
    }

    private static List<ExpertRoute> ReadRoutes(YamlNode? node, Dictionary<string, Expert> experts, List<string> warnings)
    {
        var routes = new List<ExpertRoute>();
        if (node is null or YamlScalarNode { Value: null or "" })
        {
            return routes;
        }

        if (node is not YamlSequenceNode list)
        {
            warnings.Add($"{YamlNodes.Line(node)}: routes: expected a list; ignored");
            return routes;
        }

        foreach (var item in list.Children)
        {
            if (routes.Count >= MaxEntries)
            {
                warnings.Add($"{YamlNodes.Line(item)}: more than {MaxEntries} routes; the rest are ignored");
                break;
            }

            if (item is not YamlMappingNode route)
            {
                warnings.Add($"{YamlNodes.Line(item)}: a route must have role or folder, and experts or a channel; ignored");
                continue;
            }

            var role = route.Scalar("role");
            var folder = route.Scalar("folder");
            if ((role is null) == (folder is null))
            {
                warnings.Add($"{YamlNodes.Line(item)}: a route needs exactly one of role or folder; ignored");
                continue;
            }

            var names = YamlNodes.Strings(route.Get("experts")) ?? [];
            var known = new List<string>();
            foreach (var name in names)
            {
                if (experts.ContainsKey(name))
                {
                    known.Add(name);
                }
                else
                {
                    warnings.Add($"{YamlNodes.Line(item)}: route for {role ?? folder}: unknown expert '{name}' (not under experts:); left out");
                }
            }

            var label = $"route for {role ?? folder}";
            var slack = SlackChannel(route, label, warnings);
            var teams = TeamsChannel(route, label, warnings);
            if (known.Count == 0 && slack is null && teams is null)
            {
                warnings.Add($"{YamlNodes.Line(item)}: {label}: no known expert and no channel; ignored (the experts channel gets these questions)");
                continue;
            }

            routes.Add(new ExpertRoute(role, folder?.Replace('\\', '/').Trim('/'), known, slack, teams));
        }

        return routes;
    }

    private static string? SlackUser(YamlMappingNode map, string label, List<string> warnings)
    {
        var id = map.Scalar("slack");
        if (id is not null && !SlackUserId().IsMatch(id))
        {
            warnings.Add($"{YamlNodes.Line(map)}: {label}: slack '{id}' is not a Slack user id such as U0123ABCD; left out");
            return null;
        }

        return id;
    }

    private static string? SlackChannel(YamlMappingNode map, string label, List<string> warnings)
    {
        var id = map.Scalar("slack");
        if (id is not null && !SlackChannelId().IsMatch(id))
        {
            warnings.Add($"{YamlNodes.Line(map)}: {label}: slack '{id}' is not a Slack channel id such as C0123ABCD; left out");
            return null;
        }

        return id;
    }

    private static string? TeamsChannel(YamlMappingNode map, string label, List<string> warnings)
    {
        var id = map.Scalar("teams");
        if (id is not null && !TeamsChannelId().IsMatch(id))
        {
            warnings.Add($"{YamlNodes.Line(map)}: {label}: teams '{id}' is not a Teams channel id such as 19:abc@thread.tacv2; left out");
            return null;
        }

        return id;
    }

    [GeneratedRegex("^[UW][A-Z0-9]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlackUserId();

    [GeneratedRegex("^[CG][A-Z0-9]{2,}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlackChannelId();

    [GeneratedRegex(@"^\d+:\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex TeamsChannelId();
}
