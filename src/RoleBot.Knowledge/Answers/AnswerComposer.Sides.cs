using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

public sealed partial class AnswerComposer
{
    /// <summary>
    /// "X vs Y" for any two sides (roles, levels, anything): first the excerpt that names both, then the best excerpt
    /// about each side — found by asking each side's own question ("senior backend eng at gitlab") and keeping an excerpt
    /// whose sentence or heading holds that side's words — then the best of the rest. Null when nothing clears the gate.
    /// </summary>
    private List<(Candidate Candidate, ExcerptPicker.Pick Pick)>? SidePicks(ParsedQuestion question, ComparisonSides sides,
        List<string> roleIds, double[] weights)
    {
        var full = RankOptions(question, roleIds, weights);
        var first = SideOptions(sides.First);
        var second = SideOptions(sides.Second);
        if (full is null && (first is null || second is null))
        {
            return null;                                         // one side alone is not a comparison
        }

        var firstTerms = SideTerms(sides.FirstWords);
        var secondTerms = SideTerms(sides.SecondWords);
        var picks = new List<(Candidate Candidate, ExcerptPicker.Pick Pick)>();
        void AddFirst(List<ExcerptRanking.Option>? options, Func<ExcerptRanking.Option, bool> accept)
        {
            foreach (var option in (options ?? []).Where(o => o.Score >= options![0].Score - CoverageGate.MaxScoreGap))
            {
                if (picks.Count < MaxCitations && accept(option) && TryAdd(picks, option, question, roleIds))
                {
                    return;
                }
            }
        }

        AddFirst(full, o => InSentence(o, firstTerms) && InSentence(o, secondTerms));
        AddFirst(first, o => About(o, firstTerms));
        AddFirst(second, o => About(o, secondTerms));
        foreach (var options in new[] { full, first, second })
        {
            AddFirst(options, _ => true);
            AddFirst(options, _ => true);
        }

        return picks.Count == 0 ? null : picks;
    }

    private List<ExcerptRanking.Option>? SideOptions(string side)
    {
        var parsed = knowledge.Parser.Parse(side);
        return RankOptions(parsed, parsed.Roles.Select(r => r.Id).ToList(), _retriever.Weights(parsed.Topic));
    }

    /// <summary>A side's own words as index terms: a role's concept token, else its plain words ("ic3", "senior").</summary>
    private List<string> SideTerms(string words)
    {
        var terms = TermAnalysis.Terms(knowledge.Analyzer, words).Distinct().ToList();
        var roles = terms.Where(ConceptTokens.IsRole).ToList();
        return roles.Count > 0 ? roles : terms.Where(t => !ConceptTokens.IsConcept(t)).ToList();
    }

    private static bool InSentence(ExcerptRanking.Option option, List<string> terms)
    {
        var sentence = option.Candidate.Analysis.Sentences[option.Sentence];
        return terms.Count > 0 && terms.All(t => ConceptTokens.IsRole(t) ? sentence.RoleIds.Contains(t[1..]) : sentence.Tokens.Any(k => k.Term == t));
    }

    /// <summary>The option is about the side: its sentence names it, or its passage is headed by or tagged with it.</summary>
    private static bool About(ExcerptRanking.Option option, List<string> terms) =>
        InSentence(option, terms)
        || (terms.Count > 0 && terms.All(t => option.Candidate.Analysis.HeadingTerms.Contains(t)
            || (ConceptTokens.IsRole(t) && option.Candidate.Passage.Roles.Count == 1 && option.Candidate.Passage.Roles[0] == t[1..])));
}
