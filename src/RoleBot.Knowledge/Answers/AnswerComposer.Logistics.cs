using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

public sealed partial class AnswerComposer
{
    /// <summary>
    /// A workplace-logistics subject (<see cref="LogisticsTerms"/>) the documents never mention, or none of the named
    /// organisation's documents do: "how many vacation days do committers get at zenith?" is not covered.
    /// </summary>
    private string? AbsentLogistics(ParsedQuestion question) =>
        question.Topic.FirstOrDefault(t => LogisticsTerms.Contains(t.Term) && (UsedNowhere(t.Term) || UnusedAtTheOrganisation(question, t.Term)))?.Surface;

    /// <summary>
    /// The question names an organisation ("at eslint") and none of its documents uses the term, though another
    /// organisation's may ("vacation" in another team's on-call page).
    /// </summary>
    private bool UnusedAtTheOrganisation(ParsedQuestion question, string term)
    {
        var organisations = question.Topic.Where(t => IsOrganisation(question, t)).Select(t => t.Term).ToList();
        if (organisations.Count == 0)
        {
            // "how many vacation days do eslint committers get?": no "at", and "committers" is no role the knowledge
            // knows, yet "eslint" names documents all the same. Only a name no English word list holds: "code" in "is
            // there a dress code" names the code-review pages too, but is not what the question is about.
            organisations = question.Topic.Where(t => DocumentNames.Contains(t.Term) && !RoleNameTerms.Contains(t.Term)
                && !EnglishWords.Contains(t.Surface.ToLowerInvariant())).Select(t => t.Term).ToList();
        }

        if (organisations.Count == 0)
        {
            return false;
        }

        var documents = NamesByDocument.Where(d => organisations.Any(d.Value.Contains)).Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
        return documents.Count > 0 && !knowledge.Passages.Any(p => documents.Contains(p.SourcePath) && knowledge.Analysis(p.Ordinal).Terms.Contains(term));
    }

    private HashSet<string>? _logisticsTerms;

    /// <summary>
    /// Benefits, pay, leave and office or IT set-up ("how many vacation days", "the vpn on my laptop", "the dress code"):
    /// ("equity" is not one: "does mggg care about equity" asks about fairness as often as about shares)
    /// what newcomers ask a bot that role documents rarely cover. A question about one the documents never mention (the
    /// word and its synonyms) is not covered, however near the lines about the role's hours or tools sit in meaning: the
    /// off-topic questions the gate let through on four corpora were of this kind.
    /// </summary>
    private HashSet<string> LogisticsTerms => _logisticsTerms ??= TermAnalysis.Terms(knowledge.Analyzer,
        "vacation vacations pto holidays leave parental maternity paternity sick salary salaries pay wage wages compensation payroll paycheck payslip bonus bonuses "
        + "stock vesting 401k pension retirement insurance dental gym stipend reimbursement expenses parking garage commute "
        + "wifi vpn laptop password printer badge keycard lunch snacks canteen cafeteria dress uniform relocation visa weather")
        .ToHashSet(StringComparer.Ordinal);
}
