using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

/// <summary>What a sentence does, read from its words: states an amount, says what a thing is, defines the asked role.</summary>
internal static partial class ExcerptRanking
{
    /// <summary>
    /// The passage's own heading is a list of the topic's duties ("Maintainer responsibilities", "Duties of the
    /// steering council"): it holds each topic word the question does not use to name the organisation, and a duty word.
    /// </summary>
    internal static bool DutiesOf(Candidate candidate, IReadOnlyList<QueryTerm> topic, IReadOnlySet<string>? organisation)
    {
        var section = candidate.Passage.Section;
        var heading = section[(section.LastIndexOf('>') + 1)..];
        var own = topic.Where(t => organisation?.Contains(t.Term) != true).ToList();
        return own.Count > 0 && DutyWords().IsMatch(heading) && own.All(t => candidate.Analysis.HeadingTerms.Contains(t.Term));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:responsibilit(?:y|ies)|duties|duty|expectations|tasks)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex DutyWords();

    /// <summary>A number ("3 months", "6+ years", "4-8 hours") or a word for one ("two", "weekly", "twice").</summary>
    internal static bool StatesAmount(ReadOnlySpan<char> sentence) => Amounts().IsMatch(sentence);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![/#_])\b\d+(?:[.,]\d+)?(?:\+|%|\b)|(?<!\b(?:on|any|no|each|every|the|this|that|which|some|another|only|a|next|last|same|right|wrong|new|old)[\s-]+)\bone\b(?![\s-]+(?:on|of|or|another|who|that|which)\b)|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|once|twice|daily|weekly|fortnightly|biweekly|monthly|quarterly|annually|yearly|hourly|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b|\b(?:every|each|per|a|an)\s+(?:other\s+)?(?:minute|hour|day|week|weekday|month|quarter|year|sprint|release|cycle)s?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Amounts();

    /// <summary>
    /// The sentence defines what the question asks about: it opens with the topic's words or the asked role, followed by
    /// "is a", "are the", "refers to" ("A Deputy is a direct support role…"), not "is expected to".
    /// </summary>
    /// <param name="anyVerb">"what does X do?": the sentence opening with X may go on with any word ("The PMC oversees …").</param>
    internal static bool StatesWhatItIs(string text, Index.AnalyzedSentence sentence, IReadOnlyList<QueryTerm> topic, IReadOnlyList<string> roleIds, bool anyVerb = false)
    {
        var end = -1;
        // "The Project Management Committee (PMC) oversees …": the asked acronym after the name it stands for.
        var named = NameThenAcronym().Match(text, sentence.Range.Start, sentence.Range.Length);
        if (named.Success && topic.Any(t => string.Equals(t.Surface, named.Groups["acr"].Value, StringComparison.OrdinalIgnoreCase)))
        {
            end = named.Index + named.Length;
        }

        foreach (var token in sentence.Tokens.Where(t => t.Start >= end))
        {
            var asked = topic.Any(t => t.Term == token.Term)
                || (Index.Analysis.ConceptTokens.IsRole(token.Term) && roleIds.Contains(token.Term[1..]));
            if (!asked || token.Start - sentence.Range.Start > DefiningReach)
            {
                break;
            }

            end = token.End;
        }

        // "what does X do?": the sentence that introduces X by its full name and goes on with a verb says what it does;
        // one that only opens with X ("TSC meetings happen …", "Apache PMCs are directly …") is one fact among many.
        if (anyVerb && named.Success && end == named.Index + named.Length && NextWord().IsMatch(text.AsSpan(end, sentence.Range.End - end)))
        {
            return true;
        }

        return end > 0 && Copula().IsMatch(text.AsSpan(end, sentence.Range.End - end));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\W*(?:the\s+|an?\s+)?(?:[A-Z][\w-]*\s+){1,5}\((?<acr>[A-Za-z]{2,8})\)")]
    private static partial System.Text.RegularExpressions.Regex NameThenAcronym();

    /// <summary>
    /// A verb goes on from the subject ("The PMC oversees", "the TSC is", "the chair must"), not a noun of a compound
    /// ("TSC meetings", "PMC members": a plural whose singular ends like a noun), a comma or a colon ("PMC:" is a label).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:is|are|was|has|have|must|should|can|will|may|shall|[a-z]+(?<!ing|er|or|ion|ment|ist|ship)s)\b")]
    private static partial System.Text.RegularExpressions.Regex NextWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\w*\s+(?:is|are)\s+(?:a|an|the|one\s+of|someone|somebody|any)\b|^\w*\s+(?:refers?\s+to|means)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Copula();

    /// <summary>
    /// The sentence names an asked role within its first words: it says what the role is or does. A job post's "As a
    /// Centers of Excellence AI Specialist you will be responsible for …" addresses the reader in that role, so there the
    /// role may sit anywhere before "you".
    /// </summary>
    internal static bool Defines(Index.AnalyzedSentence sentence, IReadOnlyList<string> roleIds, string? text = null)
    {
        var addressed = text is null ? null : AsTheRoleYou().Match(text, sentence.Range.Start, sentence.Range.Length);
        var reach = addressed is { Success: true } ? addressed.Length : DefiningReach;
        foreach (var token in sentence.Tokens)
        {
            if (token.Start - sentence.Range.Start > reach)
            {
                return false;
            }

            // "be part of the data engineering leadership team" opens with the discipline, not the data engineer.
            // "Data preparation: ML engineer is responsible for …" is a labelled item of a list, one duty among many.
            if (Index.Analysis.ConceptTokens.IsRole(token.Term) && roleIds.Contains(token.Term[1..])
                && (text is null || (!Index.PassageAnalysis.NamesTheDiscipline(text, token) && !text.AsSpan(sentence.Range.Start, token.Start - sentence.Range.Start).Contains(':'))))
            {
                return SaysMoreThanTheName(sentence, roleIds);
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\G\W*As\s+(?:an?|the|our)\s+[^,.;:!?]{3,90}?,?\s+you\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AsTheRoleYou();

    /// <summary>"The Site Reliability Engineer is a grade 6." names the role first but says next to nothing about it.</summary>
    private static bool SaysMoreThanTheName(Index.AnalyzedSentence sentence, IReadOnlyList<string> roleIds)
    {
        var names = sentence.Tokens.Where(t => Index.Analysis.ConceptTokens.IsRole(t.Term) && roleIds.Contains(t.Term[1..])).ToList();
        return sentence.Tokens.Count(t => !Index.Analysis.ConceptTokens.IsConcept(t.Term) && !names.Exists(n => t.Start >= n.Start && t.End <= n.End))
            >= DefiningContentWords;
    }
}
