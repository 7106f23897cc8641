using System.Globalization;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace RoleBot.Knowledge.Documents;

/// <summary>
/// Turns a parsed TOML table into the YAML node tree <see cref="FrontMatter"/> reads, so Hugo's "+++" front matter keeps its
/// title and metadata out of the text exactly as "---" front matter does.
/// </summary>
internal static class TomlFrontMatter
{
    public static YamlMappingNode ToYaml(TomlTable table)
    {
        var mapping = new YamlMappingNode();
        foreach (var (key, value) in table)
        {
            mapping.Add(new YamlScalarNode(key), Node(value));
        }

        return mapping;
    }

    private static YamlNode Node(object? value) => value switch
    {
        TomlTable table => ToYaml(table),
        TomlTableArray tables => new YamlSequenceNode(tables.Select(ToYaml)),
        TomlArray array => new YamlSequenceNode(array.Select(Node)),
        string text => new YamlScalarNode(text),
        IFormattable formattable => new YamlScalarNode(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => new YamlScalarNode(value?.ToString() ?? string.Empty),
    };
}
