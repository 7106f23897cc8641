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

    public static bool Answers(IReadOnlyList<ExcerptRanking.Option> options, KnowledgeBase knowledge)
    {
        var baseline = knowledge.Semantic?.OffTopicBaseline ?? 0;
        var best = 0f;
        foreach (var option in options)
        {
            best = Math.Max(best, option.Similarity);
        }

        return best >= baseline + Margin;
    }
}
