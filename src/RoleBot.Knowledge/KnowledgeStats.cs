namespace RoleBot.Knowledge;

/// <summary>What a loaded knowledge base holds, for `index`, `about` and /readyz.</summary>
public sealed record KnowledgeStats(
    int Documents,
    int Passages,
    IReadOnlyList<string> Sources,
    IReadOnlyDictionary<string, int> PassagesByRole,
    TimeSpan BuildTime,
    bool ReusedIndex)
{
    /// <summary>"hybrid (arctic-xs)" when meaning vectors are fused with BM25, else "lexical".</summary>
    public string SearchMode { get; init; } = "lexical";

    /// <summary>Why semantic search is off although it was asked for (the model failed to load), else null.</summary>
    public string? SemanticProblem { get; init; }

    /// <summary>Passages and sentences embedded by this load; the rest came from the vector cache.</summary>
    public int Embedded { get; init; }
}
