using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

public sealed partial class AnswerComposer
{
    /// <summary>Most excerpts quoted from one passage (default 2): the answer and its reason often sit in one passage, yet three quotes should not all come from one.</summary>
    public const int MaxExcerptsPerPassage = 2;

    /// <summary>Most excerpts of an overview quoted from one document while another document has one within reach (default 2).</summary>
    public const int MaxExcerptsPerDocument = 2;

    /// <summary>
    /// Hybrid mode: candidates from BM25 and from meaning vectors, fused by rank; sentences of the best passages ranked
    /// on their own (<see cref="ExcerptRanking"/>); the question answered only when the best excerpt clears
    /// <see cref="CoverageGate"/>.
    /// </summary>
    private Answer QuoteHybrid(ParsedQuestion question, List<string> roleIds, double[] weights)
    {
        var overview = AsOverview(question);
        if (!ReferenceEquals(overview, question))
        {
            question = overview;
            weights = [];
        }

        var options = RankOptions(question, roleIds, weights);
        if (options is null)
        {
            return NotCovered(question);
        }

        // "who posts to the status page, the IC or the customer liaison?": the best line first, then each named role's
        // own best line (from its own section), so both sides are heard.
        // A side's own line may sit further from the best (SideGap): the words of the question are often the other side's.
        List<Func<ExcerptRanking.Option, bool>> preferred = [];
        if (question.Shape == QuestionShape.WhichRole && roleIds.Count == 2)
        {
            preferred.Add(_ => true);                            // the best line stays first
            foreach (var side in roleIds.Where(id => !options[0].Candidate.Passage.Roles.Contains(id)))
            {
                preferred.Add(o => o.Candidate.Passage.Roles.Contains(side));
            }
        }

        return Compose(question, Select(options, question, roleIds, preferred, SideGap), roleIds, weights);
    }

    /// <param name="retriever">Another scope than the composer's; its passages are known to be on topic, so the gate is not asked.</param>
    private List<ExcerptRanking.Option>? RankOptions(ParsedQuestion question, List<string> roleIds, double[] weights, Retriever? retriever = null)
    {
        var candidates = (retriever ?? _retriever).Retrieve(question.Topic, roleIds, depth: 40, weights: weights, semanticQuery: question.SemanticText, documentWords: question.DocumentWords);
        var options = ExcerptRanking.Rank(candidates, question.Topic, weights, roleIds, p => NamesByDocument.GetValueOrDefault(p.SourcePath), question.AsksAmount, question.AsksDefinition, question.AsksWhatItDoes,
            OrganisationTerms(question));
        var named = GateSimilarity(question);
        return options.Count == 0 || (retriever is null && !CoverageGate.Answers(options, knowledge, question.Topic.Count, question.Topic.Count == 1 && question.Topic[0].Term[0] == Index.Analysis.ConceptTokens.SynonymPrefix,
            named) && !(named is not null && CoverageGate.ClearsNamedMargin(options, knowledge))) ? null : options;
    }

    /// <summary>
    /// "X vs Y" in hybrid mode: first the best excerpt that contrasts the two roles, then the best about each, then the
    /// comparison table of the aspects where both roles have evidence (never an empty cell).
    /// </summary>
    private Answer CompareHybrid(ParsedQuestion question)
    {
        question = AsOverview(question);
        var roles = ComparedRoles(question);
        var roleIds = roles.Select(r => r.Id).ToList();
        var weights = _retriever.Weights(question.Topic);
        if (ComparisonSides.Find(question.Corrected, Mentioned, NamesDocuments) is { } sides)
        {
            var named = question.Roles.Select(r => r.Id).ToList();
            if (SidePicks(question, sides, named, weights) is not var (sidePicks, paired))
            {
                return NotCovered(question);
            }

            if (paired)
            {
                var of = question.Roles.Count == 1 ? $" for the {question.Roles[0].Name} role" : "";
                var lead = $"Here is how the sources set {sides.FirstName} and {sides.SecondName} apart{of}, the same line at each level:";
                return Compose(question with { Shape = QuestionShape.Open }, sidePicks, named, lead: lead);
            }

            if (question.Roles.Count < 2)
            {
                // One side or neither is a known role ("lead engineer vs principal engineer at loan market"): the lead
                // names both sides as asked, not the question's leftover words as a topic of the one known role.
                var lead = $"Here is what the sources say about {sides.FirstName} and about {sides.SecondName}:";
                return Compose(question with { Shape = QuestionShape.Open }, sidePicks, named, lead: lead);
            }

            return WithTable(Compose(question with { Roles = roles }, sidePicks, roleIds), CompareRoles(question with { Roles = roles }), roles);
        }

        var options = question.Roles.Count >= 2 ? RankOptions(question, roleIds, weights) : null;
        if (options is null)
        {
            return Quote(question with { Shape = QuestionShape.Open });
        }

        bool Names(ExcerptRanking.Option o, string id) => o.Candidate.Analysis.Sentences[o.Sentence].RoleIds.Contains(id);
        var preferred = new List<Func<ExcerptRanking.Option, bool>>
        {
            o => Names(o, roleIds[0]) && Names(o, roleIds[1]) && WritesAsRole(o, roles[0]) && WritesAsRole(o, roles[1]),
            o => Names(o, roleIds[0]) || (o.Candidate.Passage.Roles.Contains(roleIds[0]) && !o.Candidate.Passage.Roles.Contains(roleIds[1])),
            o => Names(o, roleIds[1]) || (o.Candidate.Passage.Roles.Contains(roleIds[1]) && !o.Candidate.Passage.Roles.Contains(roleIds[0])),
        };
        var picks = Select(options, question, roleIds, preferred);
        var quoted = Compose(question with { Roles = roles }, picks, roleIds);
        var table = CompareRoles(question with { Roles = roles });
        return WithTable(quoted, table, roles);
    }

    /// <summary>
    /// How far below the best excerpt each named role's own best line may score in "who does Z, X or Y?" between two
    /// known roles (default 0.45, against <see cref="CoverageGate.MaxScoreGap"/>'s 0.3 for other excerpts): the
    /// question's words are often written on one side's page only ("status page" under the IC, "StatusPage" under the
    /// customer liaison). Team handbooks e@3 0.758 → 0.769 at 0.45; the other sets unchanged.
    /// </summary>
    public const double SideGap = 0.45;

    /// <summary>
    /// Up to <see cref="MaxCitations"/> excerpts: for each of <paramref name="preferred"/>, the best option it accepts;
    /// then the best of the rest. Options far below the best are dropped.
    /// </summary>
    /// <param name="preferredGap">How far below the best a preferred option may score (default <see cref="CoverageGate.MaxScoreGap"/>).</param>
    private static List<(Candidate Candidate, ExcerptPicker.Pick Pick)> Select(List<ExcerptRanking.Option> options, ParsedQuestion question,
        List<string> roleIds, List<Func<ExcerptRanking.Option, bool>> preferred, double preferredGap = CoverageGate.MaxScoreGap)
    {
        var picks = new List<(Candidate Candidate, ExcerptPicker.Pick Pick)>();
        foreach (var want in preferred)
        {
            foreach (var option in options.Where(want))
            {
                if (option.Score < options[0].Score - preferredGap || picks.Count == MaxCitations)
                {
                    break;
                }

                if (TryAdd(picks, option, question, roleIds))
                {
                    break;
                }
            }
        }

        // An overview draws on more than one source when another has a line within reach: three lines of one page are
        // that page's view of the role.
        var overview = question.Topic.Count == 0 && question.Roles.Count > 0;
        for (var pass = overview ? 0 : 1; pass < 2; pass++)
        {
            foreach (var option in options)
            {
                if (picks.Count == MaxCitations || option.Score < options[0].Score - CoverageGate.MaxScoreGap)
                {
                    break;
                }

                if (pass == 0 && picks.Count(p => p.Candidate.Passage.SourcePath == option.Candidate.Passage.SourcePath) >= MaxExcerptsPerDocument)
                {
                    continue;
                }

                TryAdd(picks, option, question, roleIds);
            }
        }

        return picks;
    }

    /// <summary>
    /// Appends the comparison table's citations after the quoted ones (reusing a number when the excerpt is already
    /// quoted); <see cref="CompareRoles"/> keeps only rows where both roles have evidence.
    /// </summary>
    private static Answer WithTable(Answer quoted, Answer table, IReadOnlyList<Glossary.RoleDefinition> roles)
    {
        if (!quoted.Answered || table.Comparison is null)
        {
            return quoted;
        }

        var citations = quoted.Citations.ToList();
        var numbers = new Dictionary<int, int>();
        var rows = new List<ComparisonRow>();
        foreach (var row in table.Comparison.Rows)
        {
            var cells = new List<int?>();
            foreach (var n in row.Cells)
            {
                if (!numbers.TryGetValue(n!.Value, out var mapped))
                {
                    var cited = table.Citations[n.Value - 1];
                    var same = citations.FindIndex(c => c.PassageId == cited.PassageId && c.Excerpt.Start == cited.Excerpt.Start);
                    if (same >= 0)
                    {
                        mapped = same + 1;
                    }
                    else
                    {
                        mapped = citations.Count + 1;
                        citations.Add(cited with { N = mapped });
                    }

                    numbers[n.Value] = mapped;
                }

                cells.Add(mapped);
            }

            rows.Add(new ComparisonRow(row.Aspect, cells));
        }

        if (rows.Count == 0)
        {
            return quoted;
        }

        var comparison = new RoleComparison(roles.Select(r => r.Name).ToList(), rows);
        var lead = $"Here is how the sources compare the {roles[0].Name} and {roles[1].Name} roles:";
        return quoted with
        {
            Lead = lead,
            Citations = citations,
            Comparison = comparison,
            Text = AnswerText.Render(lead, citations, comparison),
            OtherRole = null,
            CompareQuestion = null,
        };
    }
}
