using RoleBot.Knowledge.Index;
using RoleBot.Knowledge.Passages;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>
/// A retrieved passage with the scores ranking is built from. <see cref="Coverage"/> is the share of the question's topic
/// (weighted by rarity) that the passage contains: the calibrated, corpus-independent relevance RoleBot thresholds on.
/// </summary>
public sealed record Candidate(Passage Passage, PassageAnalysis Analysis, float Bm25, double Coverage, int RoleMatch, double Score);
