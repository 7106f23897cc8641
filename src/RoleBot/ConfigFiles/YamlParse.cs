using YamlDotNet.RepresentationModel;

namespace RoleBot.ConfigFiles;

/// <summary>
/// The outcome of parsing a settings file: the settings (null when the file is unusable as a whole, so the caller keeps
/// the last good ones), how many entries it holds and one line per ignored entry.
/// </summary>
public sealed record YamlParse<T>(T? Value, int Entries, IReadOnlyList<string> Warnings) where T : class;

public static class YamlParse
{
    /// <summary>The file cannot be used at all, for <paramref name="reason"/>; the last good settings stay.</summary>
    public static YamlParse<T> Unusable<T>(string reason) where T : class => new(null, 0, [reason]);
}

/// <summary>Tolerant readers over YamlDotNet's node model: a wrong type reads as null, never throws.</summary>
internal static class YamlNodes
{
    /// <summary>Parses <paramref name="text"/> to its root mapping; an empty file is an empty mapping.</summary>
    public static (YamlMappingNode? Root, string? Error) Root(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return (new YamlMappingNode(), null);
            }

            return stream.Documents[0].RootNode is YamlMappingNode root ? (root, null) : (null, "the top level is not a mapping of keys");
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            return (null, $"not valid YAML (line {ex.Start.Line}, column {ex.Start.Column})");
        }
    }

    public static string? Key(YamlNode node) => (node as YamlScalarNode)?.Value?.Trim();

    public static YamlNode? Get(this YamlMappingNode map, string key) =>
        map.Children.FirstOrDefault(c => string.Equals(Key(c.Key), key, StringComparison.OrdinalIgnoreCase)).Value;

    public static string? Scalar(this YamlMappingNode map, string key) =>
        map.Get(key) is YamlScalarNode { Value: { } value } && value.Trim().Length > 0 ? value.Trim() : null;

    /// <summary>A list of strings written as a YAML list or "a, b"; null when the node is something else (a mapping).</summary>
    public static List<string>? Strings(YamlNode? node) => node switch
    {
        null => [],
        YamlScalarNode { Value: null } => [],
        YamlScalarNode s => [.. s.Value!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        YamlSequenceNode seq when seq.Children.All(c => c is YamlScalarNode) =>
            [.. seq.Children.Select(c => ((YamlScalarNode)c).Value?.Trim()).OfType<string>().Where(v => v.Length > 0)],
        _ => null,
    };

    /// <summary>Where an entry is in the file ("line 12"), for log lines.</summary>
    public static string Line(YamlNode node) => $"line {node.Start.Line}";
}
