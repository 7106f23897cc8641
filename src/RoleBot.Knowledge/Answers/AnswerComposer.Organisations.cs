using RoleBot.Knowledge.Glossary;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

/// <summary>The organisation a question names ("at gitlab", "skylight software engs"): whose documents, never what about them.</summary>
public sealed partial class AnswerComposer
{
    /// <summary>
    /// The sentence similarity the gate weighs when the question names an organisation ("where do i park at the gitlab
    /// office?"): the question's without the name, since the name alone draws every line of that organisation's pages
    /// near (role handbooks: "… GitLab.com availability" passed the gate for a parking question). Null otherwise.
    /// </summary>
    private Func<ExcerptRanking.Option, float>? GateSimilarity(ParsedQuestion question)
    {
        var semantic = knowledge.Semantic;
        var organisations = question.Topic.Where(t => IsOrganisation(question, t)).ToList();
        if (semantic is null || organisations.Count == 0 || organisations.Count == question.Topic.Count)
        {
            return null;                                         // "tell me about gitlab": the name is the question
        }

        var text = question.SemanticText;
        foreach (var term in organisations)
        {
            text = WithoutName(text, term);
        }

        var vector = semantic.Embedder.EmbedQuery(text);
        return o => semantic.Sentences.Similarity(semantic.SentenceRow(o.Candidate.Passage.Ordinal, o.Sentence), vector);
    }

    /// <summary>
    /// A topic word asked "at" that names documents: the organisation whose pages are meant ("at gitlab", "@ dropbox"),
    /// and each further word of a name that runs on ("at loan market"); or such a word narrowing a role ("skylight PMs").
    /// </summary>
    private bool IsOrganisation(ParsedQuestion question, QueryTerm term)
    {
        if (!DocumentNames.Contains(term.Term) || term.Start > question.Corrected.Length)
        {
            return false;
        }

        // "at gitlab", or right before an asked role's name ("skylight software engs").
        if (OrganisationBefore().IsMatch(question.Corrected[..term.Start]) || BeforeRole(question, term))
        {
            return true;
        }

        var previous = question.Topic.LastOrDefault(t => t.End <= term.Start);
        return previous is not null && previous.End <= question.Corrected.Length && question.Corrected.AsSpan(previous.End, term.Start - previous.End).IsWhiteSpace()
            && IsOrganisation(question, previous);
    }

    /// <summary>
    /// The word stands right before an asked role's name ("skylight software engs"), and is neither a level, a rank nor a
    /// word of any role's name ("lead devs" are senior developers, not an organisation called Lead).
    /// </summary>
    private bool BeforeRole(ParsedQuestion question, QueryTerm term)
    {
        if (LevelWords.Is(term.Surface) || RoleNameTerms.Contains(term.Term) || SeniorityWords.Contains(term.Surface))
        {
            return false;
        }

        var after = question.Corrected.AsSpan(Math.Min(term.End, question.Corrected.Length)).TrimStart();
        foreach (var role in question.Roles)
        {
            foreach (var name in role.AllNames)
            {
                if (after.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (after.Length == name.Length || !char.IsLetterOrDigit(after[name.Length]) || after[name.Length] == 's'))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Words that rank a role without being levels of a ladder ("lead devs", "chief architect", "tech lead").</summary>
    private static readonly HashSet<string> SeniorityWords = new(StringComparer.OrdinalIgnoreCase) { "lead", "head", "chief", "tech", "technical", "managing", "deputy", "assistant", "acting" };

    private HashSet<string> OrganisationTerms(ParsedQuestion question) =>
        question.Topic.Where(t => IsOrganisation(question, t)).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\b(?:at|in|from|for)\s+(?:the\s+)?|@\s*)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OrganisationBefore();

    /// <summary>The text without the organisation's name and the word that says "whose" before it ("first day at turing" → "first day").</summary>
    private static string WithoutName(string text, QueryTerm organisation)
    {
        var without = System.Text.RegularExpressions.Regex.Replace(text,
            $@"(?:\b(?:at|in|from|for)\s+(?:the\s+)?|@\s*)?(?<![\w-]){System.Text.RegularExpressions.Regex.Escape(organisation.Surface)}(?![\w-])", "",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return System.Text.RegularExpressions.Regex.Replace(without, @"\s+", " ").Trim();
    }
}
