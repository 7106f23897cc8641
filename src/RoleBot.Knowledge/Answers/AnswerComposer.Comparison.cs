using RoleBot.Knowledge.Glossary;
using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

public sealed partial class AnswerComposer
{
    /// <summary>The aspects a comparison without a topic walks through, each with the words that find it.</summary>
    private static readonly (string Aspect, string Words)[] DefaultAspects =
    [
        ("Main difference", "difference differ contrast whereas focus"),
        ("Responsibilities", "responsibilities duties tasks"),
        ("Skills", "skills expertise"),
        ("Languages and tools", "programming languages tools frameworks"),
        ("Education", "education degree training"),
        ("Challenges", "challenges"),
    ];

    private const string CareerWords = "choose choice career path fit suit become switch shift move want prefer";

    private Answer CompareRoles(ParsedQuestion question)
    {
        var roles = ComparedRoles(question);
        if (roles.Count < 2)
        {
            return Quote(question with { Shape = QuestionShape.Open });
        }

        List<(string Aspect, IReadOnlyList<QueryTerm> Terms)> aspects = question.Topic.Count > 0
            ? [(TopicName(question), question.Topic)]
            : DefaultAspects.Select(a => (a.Aspect, (IReadOnlyList<QueryTerm>)Terms(a.Words))).ToList();
        if (question.AsksCareerChoice)
        {
            aspects.Insert(0, ("Which to choose", Terms(CareerWords)));
        }
        var citations = new List<Citation>();
        var rows = new List<ComparisonRow>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (aspect, terms) in aspects)
        {
            var weights = _retriever.Weights(terms);
            // One search per aspect for both roles; each column then takes the best passage about its role.
            var candidates = _retriever.Retrieve(terms, roles.Select(r => r.Id).ToList(), depth: 32, weights: weights, documentWords: question.DocumentWords);
            var cells = new List<int?>();
            foreach (var role in roles)
            {
                cells.Add(Cell(role, roles, candidates, terms, weights, used, citations, question.Topic.Count > 0));
            }

            // A row only where both roles have evidence, and not the same line twice (two ladders sharing a values
            // line): an empty cell or a repeated quote compares nothing. The excerpt found for one role stays quoted.
            if (cells.All(c => c is not null)
                && cells.Select(c => citations[c!.Value - 1].Excerpt.Text.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == cells.Count)
            {
                rows.Add(new ComparisonRow(aspect, cells));
            }
        }

        if (citations.Count == 0)
        {
            return NotCovered(question);
        }

        var names = roles.Select(r => r.Name).ToList();
        var lead = question.Topic.Count > 0
            ? $"Here is how the sources compare the {names[0]} and {names[1]} roles on {TopicName(question)}:"
            : $"Here is how the sources compare the {names[0]} and {names[1]} roles:";
        var answered = question with { Roles = roles };
        return Finish(answered, lead, null, citations, rows.Count == 0 ? null : new RoleComparison(names, rows));
    }

    /// <summary>The best unused excerpt about <paramref name="role"/> for one aspect, added to the citations.</summary>
    private static int? Cell(RoleDefinition role, IReadOnlyList<RoleDefinition> roles, IReadOnlyList<Candidate> candidates, IReadOnlyList<QueryTerm> terms,
        double[] weights, HashSet<string> used, List<Citation> citations, bool topical)
    {
        var ids = new[] { role.Id };
        (Candidate Candidate, ExcerptPicker.Pick Pick, double Score)? best = null;
        foreach (var candidate in candidates.Where(c => c.Coverage > 0 && c.Passage.Roles.Contains(role.Id)).Take(6))
        {
            var pick = ExcerptPicker.Choose(candidate, terms, weights, ids);
            // A sentence that names only the other compared role belongs in the other column.
            var namesOther = pick.Sentence.RoleIds.Any(id => id != role.Id && roles.Any(r => r.Id == id));
            var namesOnlyThis = pick.Sentence.RoleIds.Contains(role.Id) && !namesOther;
            if (pick.MatchWeight <= 0 || (namesOther && !pick.Sentence.RoleIds.Contains(role.Id)) || used.Contains($"{candidate.Passage.Id}@{pick.Excerpt.Start}"))
            {
                continue;
            }

            // In a column of the default aspects a sentence about this role alone reads best; for a topic ("how do they
            // work together?") a sentence naming both roles is often the evidence itself.
            var score = (namesOnlyThis && !topical ? 0.5 : 0) + candidate.Coverage + (0.2 * candidate.Score);
            if (best is null || score > best.Value.Score)
            {
                best = (candidate, pick, score);
            }
        }

        if (best is not { } chosen)
        {
            return null;
        }

        used.Add($"{chosen.Candidate.Passage.Id}@{chosen.Pick.Excerpt.Start}");
        var n = citations.Count + 1;
        citations.Add(ToCitation(n, chosen.Candidate, chosen.Pick.Excerpt));
        return n;
    }

    private List<RoleDefinition> ComparedRoles(ParsedQuestion question)
    {
        var roles = question.Roles.Take(2).ToList();
        var byFrequency = knowledge.Stats.PassagesByRole
            .OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => knowledge.Glossary.FindRole(r.Key))
            .OfType<RoleDefinition>();
        foreach (var role in byFrequency)
        {
            if (roles.Count >= 2)
            {
                break;
            }

            if (!roles.Contains(role))
            {
                roles.Add(role);
            }
        }

        return roles;
    }

    private List<QueryTerm> Terms(string words) =>
        TermAnalysis.Analyze(knowledge.Analyzer, words)
            .Where(t => !ConceptTokens.IsRole(t.Term))
            .Select(t => new QueryTerm(t.Term, words[t.Start..t.End], t.Start, t.End))
            .DistinctBy(t => t.Term)
            .ToList();
}
