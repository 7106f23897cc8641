using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RoleBot.Knowledge.Documents;

/// <summary>
/// YAML front matter: metadata (title, source, author, url, roles) plus any prose it carries.
/// Job-posting templates keep most of their text in front matter, so long string values become sections.
/// </summary>
internal sealed record FrontMatter(string? Title, DocumentMetadata Metadata, IReadOnlyList<DocumentSection> Sections, string? Warning)
{
    private static readonly HashSet<string> MetadataKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "title", "source", "author", "url", "roles", "role", "layout", "permalink", "tags", "preload", "toc", "levels",
        "updated", "updated_date", "last_updated", "date", "opens", "closes", "external_url", "application_link", "image", "slug", "redirect_from",
        "owners", "owner",
    };

    public static FrontMatter None { get; } = new(null, DocumentMetadata.Empty, [], null);

    /// <summary>
    /// Splits "---\n yaml \n---\n body" or Hugo's "+++\n toml \n+++\n body"; returns the body unchanged when there is no
    /// front matter.
    /// </summary>
    public static (FrontMatter FrontMatter, string Body) Split(string content)
    {
        var fence = content.StartsWith("---", StringComparison.Ordinal) ? "---"
            : content.StartsWith("+++", StringComparison.Ordinal) ? "+++"
            : null;
        if (fence is null)
        {
            return (None, content);
        }

        var firstBreak = content.IndexOf('\n', StringComparison.Ordinal);
        if (firstBreak < 0 || content[..firstBreak].Trim() != fence)
        {
            return (None, content);
        }

        var position = firstBreak + 1;
        while (position < content.Length)
        {
            var next = content.IndexOf('\n', position);
            var line = (next < 0 ? content[position..] : content[position..next]).TrimEnd('\r');
            if (line == fence || (fence == "---" && line == "..."))
            {
                var text = content[(firstBreak + 1)..position];
                var body = next < 0 ? string.Empty : content[(next + 1)..];
                return (fence == "+++" ? ParseToml(text) : Parse(text), body);
            }

            if (next < 0)
            {
                break;
            }

            position = next + 1;
        }

        return (new FrontMatter(null, DocumentMetadata.Empty, [], $"front matter has no closing '{fence}'; read as text"), content[(firstBreak + 1)..]);
    }

    private static FrontMatter Parse(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                return None;
            }

            return FromMapping(root);
        }
        catch (YamlException ex)
        {
            // Broken YAML is common in hand-edited templates: keep its prose rather than losing the file.
            return Lenient(yaml, ':', $"front matter is not valid YAML ({ex.Start.Line}:{ex.Start.Column}); read line by line");
        }
    }

    /// <summary>TOML front matter (Hugo sites) read into the same mapping as YAML, so both keep the same keys and prose.</summary>
    private static FrontMatter ParseToml(string toml)
    {
        try
        {
            return FromMapping(TomlFrontMatter.ToYaml(Tomlyn.TomlSerializer.Deserialize<Tomlyn.Model.TomlTable>(toml)!));
        }
        catch (Tomlyn.TomlException ex)
        {
            return Lenient(toml, '=', $"front matter is not valid TOML ({ex.Message.Split('\n')[0].Trim()}); read line by line");
        }
    }

    private static FrontMatter FromMapping(YamlMappingNode root)
    {
        string? Scalar(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode s
            ? (string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim())
            : null;

        var roles = new List<string>();
        foreach (var key in new[] { "roles", "role" })
        {
            if (root.Children.TryGetValue(new YamlScalarNode(key), out var node))
            {
                roles.AddRange(Strings(node).Select(r => r.Trim()).Where(r => r.Length > 0));
            }
        }

        var sections = new List<DocumentSection>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            if (MetadataKeys.Contains(key))
            {
                continue;
            }

            CollectProse(Humanize(key), value, sections);
        }

        var (updated, dateWarning) = UpdatedDate(Scalar);
        var metadata = new DocumentMetadata(Scalar("source"), Scalar("author"), Scalar("url"), roles)
        {
            Updated = updated,
            Tags = List(root, "tags"),
            Owners = List(root, "owners", "owner"),
        };
        return new FrontMatter(Scalar("title"), metadata, sections, dateWarning);
    }

    private static void CollectProse(string heading, YamlNode node, List<DocumentSection> sections)
    {
        switch (node)
        {
            case YamlScalarNode scalar when IsProse(scalar.Value):
                sections.Add(new DocumentSection([heading], SplitParagraphs(scalar.Value!)));
                break;
            case YamlSequenceNode sequence:
                var blocks = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode s && IsProse(s.Value))
                    {
                        blocks.Add(TextCleanup.Normalize(s.Value!));
                    }
                    else if (item is YamlMappingNode map)
                    {
                        var titleEntry = map.Children.FirstOrDefault(c =>
                            c.Key is YamlScalarNode { Value: "title" or "name" or "headline" } && c.Value is YamlScalarNode { Value.Length: > 0 });
                        var sub = titleEntry.Value is YamlScalarNode t ? TextCleanup.Normalize(t.Value!) : heading;
                        foreach (var (childKey, child) in map.Children)
                        {
                            if (!ReferenceEquals(childKey, titleEntry.Key))
                            {
                                CollectProse(sub, child, sections);
                            }
                        }
                    }
                }

                if (blocks.Count > 0)
                {
                    sections.Add(new DocumentSection([heading], blocks));
                }

                break;
            case YamlMappingNode mapping:
                foreach (var (k, v) in mapping.Children)
                {
                    CollectProse(Humanize((k as YamlScalarNode)?.Value ?? heading), v, sections);
                }

                break;
        }
    }

    /// <summary>
    /// The first of <c>updated</c>, <c>last_updated</c>, <c>updated_date</c> and <c>date</c> that holds a date: the most
    /// specific key wins (a post's <c>date</c> is when it was published, <c>updated</c> when it was last changed).
    /// </summary>
    private static (DateTimeOffset? Updated, string? Warning) UpdatedDate(Func<string, string?> scalar)
    {
        foreach (var key in UpdatedKeys)
        {
            if (scalar(key) is not { } value)
            {
                continue;
            }

            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                return (date, null);
            }

            return (null, $"front matter '{key}: {value}' is not a date (use YYYY-MM-DD); the file's time is used instead");
        }

        return (null, null);
    }

    private static readonly string[] UpdatedKeys = ["updated", "last_updated", "updated_date", "date"];

    private static FrontMatter Lenient(string text, char separator, string warning)
    {
        string? title = null;
        var blocks = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            line = line.TrimStart('-', ' ');
            var colon = line.IndexOf(separator, StringComparison.Ordinal);
            string? key = null;
            if (colon > 0 && line[..colon].TrimEnd().All(c => char.IsLetterOrDigit(c) || c is '_' or '-'))
            {
                key = line[..colon].TrimEnd();
                line = line[(colon + 1)..].Trim().TrimStart('|', '>').Trim();
            }

            line = line.Trim('"', '\'');
            if (string.Equals(key, "title", StringComparison.OrdinalIgnoreCase) && title is null && line.Length > 0)
            {
                title = line;
            }
            else if (IsProse(line))
            {
                blocks.Add(TextCleanup.Normalize(line));
            }
        }

        IReadOnlyList<DocumentSection> sections = blocks.Count > 0 ? [new DocumentSection(["Details"], blocks)] : [];
        return new FrontMatter(title, DocumentMetadata.Empty, sections, warning);
    }

    /// <summary>The distinct trimmed strings under <paramref name="keys"/> ("a, b" or a YAML list).</summary>
    private static List<string> List(YamlMappingNode root, params string[] keys) =>
        keys.SelectMany(k => root.Children.TryGetValue(new YamlScalarNode(k), out var node) ? Strings(node) : [])
            .Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static IEnumerable<string> Strings(YamlNode node) => node switch
    {
        YamlScalarNode s when !string.IsNullOrWhiteSpace(s.Value) => s.Value!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        YamlSequenceNode seq => seq.Children.SelectMany(Strings),
        _ => [],
    };

    private static bool IsProse(string? value) =>
        value is not null && TextCleanup.WordCount(value) >= 6 && !value.TrimStart().StartsWith("http", StringComparison.OrdinalIgnoreCase);

    private static List<string> SplitParagraphs(string value) =>
        value.Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(TextCleanup.Normalize)
            .Where(p => p.Length > 0)
            .ToList();

    private static string Humanize(string key)
    {
        var words = key.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? "Details" : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }
}
