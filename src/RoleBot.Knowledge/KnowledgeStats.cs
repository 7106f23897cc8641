namespace RoleBot.Knowledge;

/// <summary>What a loaded knowledge base holds, for `index`, `about` and /readyz.</summary>
public sealed record KnowledgeStats(
    int Documents,
    int Passages,
    IReadOnlyList<string> Sources,
    IReadOnlyDictionary<string, int> PassagesByRole,
    TimeSpan BuildTime,
    bool ReusedIndex);
