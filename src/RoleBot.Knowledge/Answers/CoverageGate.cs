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

    /// <summary>
    /// Share of the question's rarity-weighted topic words one sentence must hold to answer whatever its similarity
    /// (default 0.75, with two topic words or more; not below <see cref="SentenceFloor"/>). Fitted on five sets: the
    /// off-topic questions' best sentence held at most 0.66 ("when's the holiday party this year"), while "how quickly
    /// should i raise my hand if im stuck" — "Escalates early and efficiently when blocked, stuck, …" — held 0.91 with a
    /// similarity 0.041 under the baseline: a paraphrase the small model does not see and the words do.
    /// </summary>
    public const double SentenceCoverage = 0.75;

    /// <summary>
    /// How far above the off-topic baseline the best sentence's similarity, with the organisation's name left in the
    /// question, must be to answer a question that names one (default 0.15, nearly four times <see cref="Margin"/>). The
    /// gate otherwise weighs such a question without the name, so a line does not pass for repeating "curl"; but "at curl
    /// when folks can't see eye to eye, who breaks the tie?" then fell 0.02 short while its answer stood 0.16 clear.
    /// Fitted on seven sets: from 0.08 to 0.15 the fourth corpus gains that question (0.690 → 0.704) and no rejection
    /// falls; the logistics check (<c>AnswerComposer.Logistics.cs</c>) keeps refusing "where do I park at acme".
    /// </summary>
    public const double NamedMargin = 0.15;

    /// <summary>The best sentence clears <see cref="NamedMargin"/> with the organisation's name left in.</summary>
    public static bool ClearsNamedMargin(IReadOnlyList<ExcerptRanking.Option> options, KnowledgeBase knowledge) =>
        knowledge.Semantic is { } semantic && options.Max(o => o.Similarity) - semantic.OffTopicBaseline >= NamedMargin;

    /// <summary>How far under the off-topic baseline a sentence holding the question's words may still answer (default 0.08).</summary>
    public const double SentenceFloor = 0.08;

    /// <param name="topicTerms">How many topic words the question has: one word in one sentence is no evidence of a match.</param>
    /// <param name="oneConcept">The topic is one synonym group ("which pays better?" — pay, salary, lucrative …): a sentence
    /// holding it counts like two words would, since the group stands for what the question is about in any wording.</param>
    /// <param name="similarity">The similarity weighed for an option's sentence, when not the ranking's own (<see cref="ExcerptRanking.Option.Similarity"/>).</param>
    public static bool Answers(IReadOnlyList<ExcerptRanking.Option> options, KnowledgeBase knowledge, int topicTerms = 0, bool oneConcept = false,
        Func<ExcerptRanking.Option, float>? similarity = null)
    {
        var baseline = knowledge.Semantic?.OffTopicBaseline ?? 0;
        var best = float.MinValue;
        foreach (var option in options)
        {
            best = Math.Max(best, similarity?.Invoke(option) ?? option.Similarity);
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

        if (best >= baseline && covered >= LexicalCoverage)
        {
            return true;
        }

        // Third signal: one sentence says nearly everything the question asks about, in the question's own words.
        return (topicTerms >= 2 || oneConcept) && best >= baseline - SentenceFloor && options.Any(o => o.Lexical >= SentenceCoverage);
    }
}
