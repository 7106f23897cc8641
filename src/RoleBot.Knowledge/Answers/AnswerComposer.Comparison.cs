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
            var cells = new List<int?>();
            foreach (var role in roles)
            {
                cells.Add(Cell(role, roles, terms, weights, used, citations));
            }

            if (cells.Any(c => c is not null))
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
        return Finish(answered, lead, null, citations, new RoleComparison(names, rows));
    }

    /// <summary>The best unused excerpt about <paramref name="role"/> for one aspect, added to the citations.</summary>
    private int? Cell(RoleDefinition role, IReadOnlyList<RoleDefinition> roles, IReadOnlyList<QueryTerm> terms, double[] weights, HashSet<string> used, List<Citation> citations)
    {
        var ids = new[] { role.Id };
        foreach (var candidate in _retriever.Retrieve(terms, ids, requiredRole: role.Id, depth: 8))
        {
            if (candidate.Coverage <= 0)
            {
                continue;
            }

            var pick = ExcerptPicker.Choose(candidate, terms, weights, ids);
            // A sentence that names only the other compared role belongs in the other column.
            var namesOther = pick.Sentence.RoleIds.Count > 0 && !pick.Sentence.RoleIds.Contains(role.Id)
                && pick.Sentence.RoleIds.Any(id => roles.Any(r => r.Id == id));
            if (pick.MatchWeight <= 0 || namesOther || !used.Add($"{candidate.Passage.Id}@{pick.Excerpt.Start}"))
            {
                continue;
            }

            var n = citations.Count + 1;
            citations.Add(ToCitation(n, candidate, pick.Excerpt));
            return n;
        }

        return null;
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
