namespace RoleBot.Knowledge.Glossary;

/// <summary>Roles and synonym groups the analyzer and the question parser share.</summary>
public sealed class Glossary
{
    private readonly Dictionary<string, RoleDefinition> _roles;

    private Glossary(IReadOnlyList<RoleDefinition> roles, IReadOnlyList<IReadOnlyList<string>> synonyms)
    {
        Roles = roles;
        Synonyms = synonyms;
        _roles = roles.ToDictionary(r => r.Id, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<RoleDefinition> Roles { get; }

    public IReadOnlyList<IReadOnlyList<string>> Synonyms { get; }

    public static Glossary Empty { get; } = new([], []);

    public RoleDefinition? FindRole(string id) => _roles.GetValueOrDefault(id);

    /// <summary>This glossary plus <paramref name="roles"/> (roles found in the documents themselves).</summary>
    public Glossary With(IReadOnlyList<RoleDefinition> roles) =>
        roles.Count == 0 ? this : new Glossary([.. Roles, .. roles.Where(r => !_roles.ContainsKey(r.Id))], Synonyms);

    /// <summary>Finds a role by id, name or alias (case-insensitive), e.g. from a document's front matter.</summary>
    public RoleDefinition? Resolve(string nameOrId)
    {
        var key = nameOrId.Trim().ToLowerInvariant();
        return _roles.GetValueOrDefault(key)
            ?? Roles.FirstOrDefault(r => r.AllNames.Any(n => n == key || n + "s" == key));
    }

    /// <summary>A glossary of exactly these roles and synonym groups (roles found in the documents included).</summary>
    public static Glossary Of(IReadOnlyList<RoleDefinition> roles, IReadOnlyList<IReadOnlyList<string>> synonyms) => new(roles, synonyms);

    internal static Glossary From(GlossaryFile file)
    {
        var roles = file.Roles
            .Where(r => !string.IsNullOrWhiteSpace(r.Id))
            .Select(r => new RoleDefinition(
                r.Id.Trim().ToLowerInvariant(),
                string.IsNullOrWhiteSpace(r.Name) ? r.Id.Replace('-', ' ') : r.Name.Trim(),
                r.Aliases.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToArray()))
            .GroupBy(r => r.Id).Select(g => g.Last())
            .ToArray();
        var synonyms = file.Synonyms
            .Select(g => (IReadOnlyList<string>)g.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim().ToLowerInvariant()).Distinct().ToArray())
            .Where(g => g.Count >= 2)
            .ToArray();
        return new Glossary(roles, synonyms);
    }
}
