using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

public sealed partial class AnswerComposer
{
    /// <summary>Index terms of every document's file name and title: the words that say which document, not what is in it.</summary>
    private IReadOnlySet<string> DocumentNames => knowledge.DocumentNameTerms;

    /// <summary>
    /// "what does a data engineer do at skylight?", "devops eng at skylight - main responsibilities?": a role and only
    /// words that name documents (an organisation, a handbook) or its duties in general is an overview question about
    /// the role in those documents, so it gets the overview ranking (the opening of the role's description) while the
    /// meaning text still carries "at skylight". "TPM vs SRE at dropbox" likewise compares the two roles in the documents
    /// so named: the organisation's name is no aspect to compare them on, and as a topic word it made any line that
    /// repeats the name ("I practice the Dropbox Diversity Commitments") the evidence.
    /// </summary>
    private ParsedQuestion AsOverview(ParsedQuestion question)
    {
        var comparesRoles = question.Shape == QuestionShape.Comparison && question.Roles.Count >= 2;
        if (question.Roles.Count == 0 || question.Topic.Count == 0 || question.Shape == QuestionShape.WhichRole
            || (question.Shape == QuestionShape.Comparison && !comparesRoles))
        {
            return question;
        }

        return question.Topic.Select((t, i) => DocumentNames.Contains(t.Term) || DutyTerms.Contains(t.Term) || (i > 0 && DocumentNames.Contains(question.Topic[i - 1].Term) && NamesADocument(t))).All(x => x)
            ? question with { Topic = [], DocumentWords = question.Topic.Where(t => !DutyTerms.Contains(t.Term)).Select(t => t.Term).ToList() }
            : question;
    }

    /// <summary>
    /// A word with a synonym names documents as its own word ("opportunity" in nyc-opportunity-design-lead.md is indexed
    /// with the concept of "demand"). Only after a word that names documents: the rest of a name ("nyc opportunity"),
    /// not a topic that a file is named for ("skills" with ml-engineer-skills.md).
    /// </summary>
    private bool NamesADocument(QueryTerm term) =>
        term.Term[0] == ConceptTokens.SynonymPrefix && term.Exact.Count > 0 && term.Exact.All(DocumentNames.Contains);

    private HashSet<string>? _dutyTerms;

    /// <summary>
    /// "main responsibilities?", "core duties": asking what a role is for in other words, as index terms of this
    /// knowledge's analyzer (synonym concepts included).
    /// </summary>
    private HashSet<string> DutyTerms => _dutyTerms ??= TermAnalysis.Terms(knowledge.Analyzer,
        // "on our team", "day to day" (read as "daily"), "in this job": where and how often, not what about.
        "responsibilities responsibility duties duty remit purpose scope function daily team job split").ToHashSet(StringComparer.Ordinal);

    /// <summary>Per document (source path): the index terms of its file name and title.</summary>
    private IReadOnlyDictionary<string, HashSet<string>> NamesByDocument => knowledge.DocumentNames;
}
