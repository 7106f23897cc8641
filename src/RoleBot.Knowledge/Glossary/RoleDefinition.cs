namespace RoleBot.Knowledge.Glossary;

/// <summary>A role RoleBot recognises: a stable id, the name answers use, and the other ways people write it.</summary>
public sealed record RoleDefinition(string Id, string Name, IReadOnlyList<string> Aliases)
{
    /// <summary>The name and every alias, lower case.</summary>
    public IEnumerable<string> AllNames => Aliases.Prepend(Name).Select(n => n.ToLowerInvariant()).Distinct();
}
