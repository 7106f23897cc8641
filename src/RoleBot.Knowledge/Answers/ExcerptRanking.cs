using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

/// <summary>
/// Hybrid mode's excerpt choice: every sentence of the best-ranked passages competes for the answer on its own meaning
/// (cosine similarity to the question), its share of the question's words, its passage's rank and whether it is about
/// the asked role. Sentences that ask rather than tell, and fragments, are pushed down.
/// </summary>
internal static partial class ExcerptRanking
{
    /// <summary>Passages whose sentences compete (default 16): the answering passage is in the top 16 for ~90% of questions.</summary>
    public const int Passages = Retriever.SentenceScoredPassages;

    /// <summary>
    /// Weight of the sentence's idf-weighted share of the question's topic words (default 0.3), where a word of the
    /// passage's heading or document name counts for every sentence. Fitted on five sets: with headings and names
    /// inherited, evidence@3 is flat from 0.3 to 0.4 (articles 0.775, role handbooks 0.640, team handbooks 0.549–0.560)
    /// and one question lower at 0.2; before they were inherited, 0.15 → 0.2 had traded team-handbook answers for others.
    /// </summary>
    public const double LexicalWeight = 0.3;

    /// <summary>Weight of the passage's rank score, relative to the best passage (default 0.1): a tie-breaker, not a veto.</summary>
    public const double PassageWeight = 0.1;

    /// <summary>Weight of the passage's topic coverage (default 0.1): the words may sit in the neighbouring sentences.</summary>
    public const double CoverageWeight = 0.1;

    /// <summary>Bonus for a sentence about the asked role, malus for one about another role only (default 0.05).</summary>
    public const double RoleWeight = 0.05;

    /// <summary>Malus for a sentence that is a question ("What is feature engineering?"): evidence tells (default 0.1).</summary>
    public const double QuestionPenalty = 0.1;

    /// <summary>
    /// Malus for a sentence about the page itself ("This page will take you through how we run one-on-ones", "In this
    /// post, …") (default 0.2): it says what the page covers, in the question's own words, not what the page says. No
    /// expected line of the eleven question sets is one; at 0.2 the fourth corpus rose 0.676 → 0.690 (at 0.1 no set
    /// moved), the other sets unchanged.
    /// </summary>
    public const double PagePenalty = 0.2;

    internal static bool AboutThePage(ReadOnlySpan<char> sentence) => PageItself().IsMatch(sentence);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:(?:this|the following) (?:page|document|doc|guide|post|section|article|handbook page|write-?up)\b(?! (?:of|for|from)\b)|in this (?:page|document|doc|guide|post|section|article)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PageItself();

    /// <summary>Malus for a fragment under <see cref="MinWords"/> words, such as a label or a heading-like line (default 0.1).</summary>
    public const double FragmentPenalty = 0.1;

    /// <summary>
    /// Malus for a sentence whose only words of the question are the organisation asked "at" ("Ability to use GitLab"
    /// for "what level is a senior DS at gitlab"), while the question asks about more (default 0.1): every line of
    /// that organisation's pages is about it. Articles e@3 and the other four sets unchanged.
    /// </summary>
    public const double NameOnlyPenalty = 0.1;

    private static bool RepeatsOnlyTheName(Index.AnalyzedSentence sentence, IReadOnlyList<QueryTerm> topic, IReadOnlySet<string> names)
    {
        if (!topic.Any(t => !names.Contains(t.Term)))
        {
            return false;
        }

        var matched = topic.Where(t => sentence.Tokens.Any(x => x.Term == t.Term)).ToList();
        return matched.Count > 0 && matched.All(t => names.Contains(t.Term));
    }

    /// <summary>Fewest content words a sentence needs to escape <see cref="FragmentPenalty"/> (default 3).</summary>
    public const int MinWords = 3;

    /// <summary>
    /// Overview questions: penalty for a sentence under a job post's heading about the employer or the applicant ("What we
    /// offer", "Requirements", <see cref="Retriever.HeadedAsNoDuty"/>) (default 0.2, as much as a defining sentence gains):
    /// "Asynchronous communication by default" under "What we value" had opened the data analyst's overview.
    /// </summary>
    public const double NoDutyPenalty = 0.2;

    /// <summary>
    /// "how long / how often / how many" questions: bonus for a sentence that states an amount ("the first 3 months",
    /// "4-8 hours per week", "weekly") (default 0.15). Fitted on seven sets: team handbooks 0.560 → 0.582 at 0.05; at 0.15
    /// the third corpus rose 0.676 → 0.690 and the fifth (held out) 0.606 → 0.620 with the others unchanged; at 0.25 the
    /// team handbooks' second set fell (e@1 0.444 → 0.426), a number outweighing the line that answers.
    /// </summary>
    public const double AmountWeight = 0.15;

    /// <summary>
    /// Overview questions ("what does a data engineer do at skylight?"): bonus for a sentence that opens with the asked
    /// role ("Data scientists organize…", "The Incident Commander is…"), the way documents define a role (default 0.2;
    /// evidence@3 on the role handbooks 0.517 → 0.562 at 0.2, unchanged on the other four sets, no change at 0.3).
    /// Without it the sentence nearest in meaning is often a lead-in that only repeats the role's name.
    /// </summary>
    public const double DefiningWeight = 0.2;

    // Definition questions ("what's a deputy?") reuse DefiningWeight for a sentence that states what the thing is
    // (StatesWhatItIs): team handbooks evidence@1 0.495 → 0.505, the other four sets unchanged in both modes.

    /// <summary>Fewest words besides role names a defining sentence needs (default 4): "X is a grade 6" defines nothing.</summary>
    public const int DefiningContentWords = 4;

    /// <summary>Characters from a sentence's start within which the role must be named to define it (default 24: "The", "A", "Our").</summary>
    public const int DefiningReach = 24;

    /// <summary>
    /// Excerpts grow to about this many characters (default 330) with the next sentences of their line, so a quote
    /// carries its point and its reason; the median top excerpt stays well under 300 (165–248 on five sets), since most
    /// lines hold one sentence. At 260 evidence@3 on the role handbooks was one question lower.
    /// </summary>
    public const int ExcerptChars = 330;

    /// <summary>One sentence of one passage as a possible excerpt; <see cref="ToPick"/> builds the quote (lazily: few are chosen).</summary>
    public sealed record Option(Candidate Candidate, int Sentence, double Matched, double Score, double Lexical, float Similarity)
    {
        /// <param name="grow">Whether a short sentence takes in the next ones of its line, up to <see cref="ExcerptChars"/>.</param>
        public ExcerptPicker.Pick ToPick(IReadOnlyList<QueryTerm> topic, IReadOnlyList<string> roleIds, bool grow = true) =>
            ExcerptPicker.Build(Candidate, Sentence, topic, roleIds, Matched, grow ? ExcerptChars : 0);
    }

    /// <summary>Every sentence of the top passages as an excerpt option, best first.</summary>
    /// <param name="documentNames">The index terms of a passage's document name and title: every sentence of the document is about them.</param>
    public static List<Option> Rank(IReadOnlyList<Candidate> candidates, IReadOnlyList<QueryTerm> topic, double[] weights, IReadOnlyList<string> roleIds,
        Func<Passages.Passage, IReadOnlySet<string>?>? documentNames = null, bool asksAmount = false, bool asksDefinition = false, bool asksWhatItDoes = false,
        IReadOnlySet<string>? organisation = null)
    {
        var options = new List<Option>();
        if (candidates.Count == 0)
        {
            return options;
        }

        var total = weights.Sum();
        var best = Math.Max(1e-9, candidates.Max(c => c.Score));
        foreach (var candidate in candidates.Take(Passages))
        {
            // A word the heading or the document's name holds ("python" in python-core-team.txt) is not what sets one of
            // the sentences apart: each inherits it, so the lines that repeat the name do not win on it.
            var names = documentNames?.Invoke(candidate.Passage);
            var sentences = candidate.Analysis.Sentences;
            var text = candidate.Passage.Text;
            var first = options.Count;
            // An overview's sentences under "What we offer" or "Requirements": decided once for the passage.
            var noDuty = topic.Count == 0 && roleIds.Count > 0 && Retriever.HeadedAsNoDuty(candidate.Passage, candidate.Analysis, names) ? NoDutyPenalty : 0;
            // "what is a maintainer's job?": the lines under "Maintainer responsibilities" are the answer, though none repeats the name.
            var dutiesOfTopic = asksWhatItDoes && DutiesOf(candidate, topic, organisation);
            for (var i = 0; i < sentences.Count; i++)
            {
                var sentence = sentences[i];
                var similarity = i < candidate.SentenceSimilarity.Length ? candidate.SentenceSimilarity[i] : 0;
                var matched = topic.Count == 0 ? 0 : ExcerptPicker.MatchedWeight(sentence, topic, weights, candidate.Analysis.HeadingTerms, names);
                var lexical = total > 0 ? matched / total : 0;
                var role = roleIds.Count == 0 ? 0
                    : sentence.RoleIds.Any(roleIds.Contains) ? 1
                    : sentence.RoleIds.Count > 0 ? -1
                    : candidate.RoleMatch;
                var words = sentence.Tokens.Count;                // analysed terms: stop words excluded, so a little stricter
                var score = similarity
                    + (LexicalWeight * lexical)
                    + (PassageWeight * candidate.Score / best)
                    + (CoverageWeight * candidate.Coverage)
                    + (RoleWeight * role)
                    - (ExcerptPicker.IsQuestion(text, sentence) ? QuestionPenalty : 0)
                    - (AboutThePage(text.AsSpan(sentence.Range.Start, sentence.Range.Length)) ? PagePenalty : 0)
                    - (words < MinWords ? FragmentPenalty : 0)
                    - (organisation is { Count: > 0 } && RepeatsOnlyTheName(sentence, topic, organisation) ? NameOnlyPenalty : 0)
                    + (topic.Count == 0 && Defines(sentence, roleIds, text) ? DefiningWeight : 0)
                    - noDuty
                    + (asksAmount && StatesAmount(text.AsSpan(sentence.Range.Start, sentence.Range.Length)) ? AmountWeight : 0)
                    + ((asksDefinition || asksWhatItDoes) && StatesWhatItIs(text, sentence, topic, roleIds, anyVerb: asksWhatItDoes) ? DefiningWeight : 0)
                    + (dutiesOfTopic ? DefiningWeight : 0);
                options.Add(new Option(candidate, i, matched, score, lexical, similarity));
            }

            CarryListsToLeadIns(options, first, text, sentences);
        }

        options.Sort((a, b) => b.Score.CompareTo(a.Score));
        return options;
    }

    /// <summary>
    /// A lead-in ("Senior Product Analysts are expected to …, adjusted to:") is quoted with the first list items it
    /// introduces (<see cref="ExcerptPicker.Build"/>), so it competes with the best of them: the quote then says which
    /// level or role an item belongs to ("6+ years of data analysis" alone does not say it is the senior bar).
    /// </summary>
    private static void CarryListsToLeadIns(List<Option> options, int first, string text, IReadOnlyList<Index.AnalyzedSentence> sentences)
    {
        for (var i = 0; i < sentences.Count - 1; i++)
        {
            var leadIn = sentences[i].Range;
            if (text[leadIn.End - 1] != ':')
            {
                continue;
            }

            var best = options[first + i].Score;
            for (var next = i + 1; next < sentences.Count && next <= i + 2 && sentences[next].Range.End - leadIn.Start <= ExcerptPicker.MaxExcerptChars; next++)
            {
                best = Math.Max(best, options[first + next].Score);
            }

            options[first + i] = options[first + i] with { Score = best };
        }
    }
}
