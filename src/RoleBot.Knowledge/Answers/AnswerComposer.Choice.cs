using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

public sealed partial class AnswerComposer
{
    /// <summary>
    /// "who approves PRs in k8s, reviewers or approvers?" where the options are not two roles the knowledge knows: the
    /// best excerpt about each option doing the thing asked (the question asked again with the option), the better first,
    /// then the best of the whole question. The lead names which excerpt is about which option and claims nothing more.
    /// Null when neither option has an excerpt, so the question is answered as any other.
    /// </summary>
    private Answer? ChooseBetween(ParsedQuestion question, ChoiceSides choice, List<string> roleIds, double[] weights)
    {
        var found = new List<(string Side, ExcerptRanking.Option Option)>();
        var sides = new[] { choice.First, choice.Second };
        var sideTerms = sides.Select(SideTerms).ToArray();
        for (var s = 0; s < sides.Length; s++)
        {
            var (side, terms, other) = (sides[s], sideTerms[s], sideTerms[1 - s]);
            var parsed = knowledge.Parser.Parse($"{choice.Action} {side}");
            var options = terms.Count == 0 ? null : RankOptions(parsed, parsed.Roles.Select(r => r.Id).ToList(), _retriever.Weights(parsed.Topic));
            if (options?.FirstOrDefault(o => InSentence(o, terms) || InOwnHeading(o, terms) || OnlyAboutRole(o, terms, other)) is { } best)
            {
                found.Add((side, best));
            }
        }

        var picks = new List<(Candidate Candidate, ExcerptPicker.Pick Pick)>();
        var named = new List<(string Side, int Ref)>();
        foreach (var (side, option) in found.OrderByDescending(f => f.Option.Score))
        {
            if (TryAdd(picks, option, question, roleIds))
            {
                named.Add((side, picks.Count));
            }
        }

        if (named.Count == 0)
        {
            return null;
        }

        var full = RankOptions(question, roleIds, weights) ?? [];
        foreach (var option in full.TakeWhile(o => o.Score >= full[0].Score - CoverageGate.MaxScoreGap))
        {
            if (picks.Count == MaxCitations)
            {
                break;
            }

            TryAdd(picks, option, question, roleIds);
        }

        var about = string.Join(", ", named.Select(n => $"{n.Side} [{n.Ref}]"));
        return Compose(question, picks, roleIds, lead: $"Here is what the sources say about {choice.Action.TrimEnd(',', ' ')} \u2014 {about}:");
    }

    /// <summary>
    /// The side is a role and the option's passage is about it and not about the other side ("train the team to do
    /// technical interviews" on the engineering manager's page, for "the EM or a senior eng?"): a role's page rarely
    /// repeats the role's name in each line.
    /// </summary>
    private static bool OnlyAboutRole(ExcerptRanking.Option option, List<string> terms, List<string> other)
    {
        var roles = option.Candidate.Passage.Roles;
        bool About(List<string> t) => t.Where(Index.Analysis.ConceptTokens.IsRole).Select(r => r[1..]).ToList() is { Count: > 0 } ids && ids.All(roles.Contains);
        return About(terms) && !About(other);
    }

    /// <summary>
    /// The passage's own heading (its last part) holds the option's terms ("Reviewer" for "reviewers"). Not the document's
    /// name or title: in code-review.md every line would be about "review".
    /// </summary>
    private static bool InOwnHeading(ExcerptRanking.Option option, List<string> terms)
    {
        var section = option.Candidate.Passage.Section;
        var last = section[(section.LastIndexOf('>') + 1)..];
        return terms.Count > 0 && terms.All(t => !Index.Analysis.ConceptTokens.IsConcept(t) && last.Contains(t, StringComparison.OrdinalIgnoreCase));
    }
}
