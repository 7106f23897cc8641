using RoleBot.Knowledge.Index;
using RoleBot.Knowledge.Passages;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>
/// A retrieved passage with the signals ranking is built from. <see cref="Coverage"/> is the share of the question's
/// topic (weighted by rarity) that the passage contains; <see cref="Dense"/> is the cosine similarity of the passage's
/// meaning vector to the question's (0 in lexical mode); <see cref="Fused"/> is its reciprocal-rank fusion score.
/// </summary>
public sealed record Candidate(Passage Passage, PassageAnalysis Analysis, float Bm25, double Coverage, int RoleMatch, double Score)
{
    public float Dense { get; init; }

    public double Fused { get; init; }

    /// <summary>Cosine similarity of the question to each sentence of the passage (empty in lexical mode).</summary>
    public float[] SentenceSimilarity { get; init; } = [];
}
