namespace RoleBot.Knowledge.Retrieval;

/// <summary>
/// Reciprocal rank fusion (Cormack et al., 2009): a passage scores Σ 1/(K + rank) over the lists it appears in.
/// Rank-based, so BM25 scores and cosine similarities need no common scale; a passage high in both lists wins.
/// </summary>
public static class RankFusion
{
    /// <summary>The damping constant (default 60, the paper's): ranks 1 and 5 differ little, ranks 1 and 50 a lot.</summary>
    public const int K = 60;

    public static Dictionary<int, double> Fuse(params IReadOnlyList<int>[] rankings)
    {
        var fused = new Dictionary<int, double>();
        foreach (var ranking in rankings)
        {
            for (var rank = 0; rank < ranking.Count; rank++)
            {
                fused[ranking[rank]] = fused.GetValueOrDefault(ranking[rank]) + (1.0 / (K + rank + 1));
            }
        }

        return fused;
    }

    /// <summary>The best possible score: first in every one of <paramref name="lists"/> lists.</summary>
    public static double Max(int lists) => lists / (K + 1.0);
}
