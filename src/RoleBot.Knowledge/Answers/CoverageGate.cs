using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

/// <summary>
/// Hybrid mode's "not covered" decision, from several signals of the best excerpt: its meaning similarity to the
/// question, the share of the question's words it and its passage hold, and whether the asked role exists. Fitted on
/// three corpora written by others (README, "Answer quality").
/// </summary>
internal static class CoverageGate
{
    /// <summary>
    /// Excerpts scoring this far below the best (default 0.3) are not quoted: they answer something else. Fitted on the
    /// three corpora by others: at 0.12 answers quoted 2.6–2.8 excerpts and the answering one was often the one left out
    /// (small-model sentence scores are close); at 0.3 evidence@3 rose 0.416 → 0.461 on the role handbooks and 0.688 →
    /// 0.700 on the articles, fell 0.495 → 0.484 on the team handbooks (one level comparison), and own gold sets were unchanged.
    /// </summary>
    public const double MaxScoreGap = 0.3;

    /// <summary>
    /// How far above the knowledge's off-topic baseline the best sentence's similarity must be to answer (default 0.04).
    /// Fitted on four corpora: at +0.05 between 83% and 100% of answerable questions pass and 35–100% of off-topic ones
    /// are refused (README, "Answer quality").
    /// </summary>
    public const double Margin = 0.04;

    /// <summary>
    /// Share of the question's rarity-weighted topic words a passage must hold to answer below the margin (default 0.6).
    /// Fitted on five sets: at 0.6 evidence@3 rose on the team handbooks (0.495 → 0.516) and the raw sample (0.808 →
    /// 0.846) with every rejection unchanged; at 0.5 the team handbooks' rejection fell from 1.00 to 0.70.
    /// </summary>
    public const double LexicalCoverage = 0.6;

    public static bool Answers(IReadOnlyList<ExcerptRanking.Option> options, KnowledgeBase knowledge)
    {
        var baseline = knowledge.Semantic?.OffTopicBaseline ?? 0;
        var best = float.MinValue;
        foreach (var option in options)
        {
            best = Math.Max(best, option.Similarity);
        }

        if (best >= baseline + Margin)
        {
            return true;
        }

        // Second signal: a passage holding most of the question's rarer words is evidence even when the small model's
        // cosine sits just above the off-topic baseline (paraphrases, rewritten idioms on a corpus with a high baseline).
        var covered = 0.0;
        foreach (var option in options)
        {
            covered = Math.Max(covered, option.Candidate.Coverage);
        }

        return best >= baseline && covered >= LexicalCoverage;
    }
}
