using System.Reflection;
using RoleBot.Knowledge.Documents;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace RoleBot.Knowledge.Glossary;

/// <summary>
/// The editable glossary (<c>glossary.yml</c> in the knowledge folder): roles with their aliases and synonym groups.
/// The built-in copy is always loaded; a folder's own file adds roles and synonyms or overrides roles by id.
/// </summary>
public sealed class GlossaryFile
{
    public const string FileName = "glossary.yml";

    /// <summary>Largest glossary read (1 MiB); a real one is a few KiB.</summary>
    public const long MaxBytes = 1024 * 1024;

    public List<RoleEntry> Roles { get; set; } = [];

    public List<List<string>> Synonyms { get; set; } = [];

    public sealed class RoleEntry
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public List<string> Aliases { get; set; } = [];
    }

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public static GlossaryFile Parse(string yaml) => (Deserializer.Deserialize<GlossaryFile?>(yaml) ?? new GlossaryFile()).WithoutNulls();

    /// <summary>
    /// Valid YAML leaves nulls where a list is empty (<c>roles:</c>, <c>aliases:</c> with nothing under them) or an item
    /// is blank (<c>- </c>): they mean "nothing", and must never fail a reload.
    /// </summary>
    private GlossaryFile WithoutNulls()
    {
        Roles = [.. (Roles ?? []).OfType<RoleEntry>()];
        foreach (var role in Roles)
        {
            role.Id ??= "";
            role.Name ??= "";
            role.Aliases = [.. (role.Aliases ?? []).OfType<string>()];
        }

        Synonyms = [.. (Synonyms ?? []).OfType<List<string>>().Select(g => g.OfType<string>().ToList())];
        return this;
    }

    /// <summary>The glossary shipped inside RoleBot (a copy of knowledge/glossary.yml).</summary>
    public static GlossaryFile BuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("RoleBot.Knowledge.glossary.yml");
        if (stream is null)
        {
            return new GlossaryFile();
        }

        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Loads the built-in glossary merged with <paramref name="folder"/>'s own, if any.</summary>
    public static (Glossary Glossary, string? Warning) Load(string? folder)
    {
        var merged = BuiltIn();
        string? warning = null;
        var path = folder is null ? null : Path.Combine(folder, FileName);
        if (path is not null && File.Exists(path))
        {
            try
            {
                var own = Parse(System.Text.Encoding.UTF8.GetString(KnowledgeFile.ReadAtMost(path, MaxBytes)));
                merged.Roles.RemoveAll(r => own.Roles.Any(o => string.Equals(o.Id, r.Id, StringComparison.OrdinalIgnoreCase)));
                merged.Roles.AddRange(own.Roles);
                merged.Synonyms.AddRange(own.Synonyms);
            }
            catch (YamlException ex)
            {
                warning = $"{FileName}: not valid YAML at line {ex.Start.Line}; using the built-in glossary";
            }
            catch (Exception ex) when (ex is InvalidDocumentException or IOException or UnauthorizedAccessException)
            {
                warning = $"{FileName}: skipped: {ex.Message}; using the built-in glossary";
            }
        }

        return (Glossary.From(merged), warning);
    }
}
