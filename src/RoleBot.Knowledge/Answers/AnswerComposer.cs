using RoleBot.Knowledge.Glossary;
using RoleBot.Knowledge.Passages;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

/// <summary>
/// Turns a parsed question and retrieved passages into an <see cref="Answer"/>: picks excerpts, numbers citations,
/// derives the verdict from the evidence, or says plainly that the knowledge does not cover the question.
/// </summary>
/// <param name="scope">Passages answers may cite (a channel's scope); null for the whole knowledge.</param>
public sealed partial class AnswerComposer(KnowledgeBase knowledge, PassageScope? scope = null)
{
    /// <summary>
    /// Least share of the question's topic a passage must contain to be cited (0–1, default 0.5). Calibrated on the gold
    /// set: off-topic questions rarely reach it, paraphrases and typo'd questions do.
    /// </summary>
    public const double MinCoverage = 0.5;

    /// <summary>
    /// The threshold when the question names a known role (default 0.34): the role itself shows the question is about
    /// the knowledge, so a question with one unknown extra word ("... in a startup") can still be answered.
    /// </summary>
    public const double MinCoverageWithRole = 0.34;

    /// <summary>Most excerpts an answer quotes (default 3).</summary>
    public const int MaxCitations = 3;

    private readonly Retriever _retriever = new(knowledge, scope is null || scope.IsEverything ? null : InScope(knowledge, scope));

    /// <summary>The scope decided once per passage (a composer lives as long as its snapshot), then an array lookup per hit.</summary>
    private static Func<Passage, bool> InScope(KnowledgeBase knowledge, PassageScope scope)
    {
        var allowed = knowledge.Passages.Select(scope.Includes).ToArray();
        return passage => passage.Ordinal < allowed.Length && allowed[passage.Ordinal];
    }
    private IReadOnlyList<string>? _suggestions;

    public Answer Compose(ParsedQuestion question)
    {
        question = WithTheTwoRoles(question);
        if (AbsentRole(question) is { } absent)
        {
            return NotCovered(question, $"My sources don't mention {Phrasing.Article(absent)} {absent}, so I won't guess.");
        }

        if (AbsentName(question) is { } name)
        {
            return NotCovered(question, $"My sources don't mention {name}, so I won't guess.");
        }

        if (AbsentSide(question) is { } side)
        {
            return side;
        }

        if (NoTopicWordUsed(question))
        {
            return NotCovered(question);
        }

        var answer = question.Shape != QuestionShape.Comparison ? Quote(question)
            : knowledge.Semantic is null && !ComparesLevels(question) ? CompareRoles(question) : CompareHybrid(question);
        return knowledge.Curated.Match(question, knowledge.Semantic?.Embedder) is { } curated
            ? WithCurated(answer, curated)
            : answer;
    }

    /// <summary>The curated answer first, quoted and labelled with its owner and date; then the usual cited excerpts.</summary>
    private static Answer WithCurated(Answer answer, CuratedAnswer curated)
    {
        var lead = $"{curated.Label}: \u201C{curated.Text}\u201D";
        return answer with
        {
            Answered = true,
            Lead = lead,
            Text = answer.Answered ? $"{lead}\n\n{answer.Text}" : lead,
            Suggestions = answer.Answered ? answer.Suggestions : [],
            Curated = curated,
        };
    }

    private Answer Quote(ParsedQuestion question)
    {
        question = WithoutTheAskersRole(question);
        var roleIds = question.Roles.Select(r => r.Id).ToList();
        var weights = _retriever.Weights(question.Topic);
        if (question.Shape == QuestionShape.WhichRole && question.Roles.Count < 2 && ChoiceSides.Find(question.Corrected) is { } choice
            && ChooseBetween(question, choice, roleIds, weights) is { } chosen)
        {
            return chosen;
        }

        if (knowledge.Semantic is not null)
        {
            return QuoteHybrid(question, roleIds, weights);
        }

        // "what does a DE at zenbu do day to day?": the role's description in the documents so named, as in hybrid mode.
        if (AsOverview(question) is var overview && !ReferenceEquals(overview, question))
        {
            question = overview;
            weights = [];
        }

        var candidates = _retriever.Retrieve(question.Topic, roleIds, weights: weights, documentWords: question.DocumentWords);
        var picks = new List<(Candidate Candidate, ExcerptPicker.Pick Pick)>();
        var roleOnly = question.Topic.Count == 0;
        var best = candidates.Count > 0 ? candidates[0] : null;
        foreach (var candidate in candidates)
        {
            var relevant = roleOnly
                ? candidate.RoleMatch > 0
                : candidate.Coverage > (roleIds.Count > 0 ? MinCoverageWithRole : MinCoverage);
            if (!relevant || candidate.Score < best!.Score * 0.55 || picks.Count == MaxCitations)
            {
                continue;
            }

            var pick = ExcerptPicker.Choose(candidate, question.Topic, weights, roleIds);
            if ((!roleOnly && !pick.Quotable) || Documents.TextCleanup.WordCount(pick.Excerpt.Text) < 4)
            {
                continue;                                        // nothing quotable: a bare label such as "Grade"
            }

            if (picks.Any(p => p.Pick.Excerpt.Text == pick.Excerpt.Text))
            {
                continue;
            }

            picks.Add((candidate, pick));
        }

        if (picks.Count == 0)
        {
            return NotCovered(question);
        }

        // Excerpts about the asked role first, then by rank, a quotable sentence breaking ties.
        picks = picks
            .OrderByDescending(p => roleIds.Count > 0 && AboutAsked(p, roleIds))
            .ThenByDescending(p => p.Candidate.Score + (0.05 * p.Pick.Quality))
            .ToList();

        return Compose(question, picks, roleIds, weights);
    }

    /// <summary>Composition: numbers the citations and writes the lead (verdict, which role, or "here is what ...").</summary>
    /// <param name="weights">The topic's weights when the caller has them (a yes/no verdict needs them).</param>
    private Answer Compose(ParsedQuestion question, List<(Candidate Candidate, ExcerptPicker.Pick Pick)> picks, List<string> roleIds,
        double[]? weights = null, string? lead = null)
    {
        var citations = picks.Select((p, i) => ToCitation(i + 1, p.Candidate, p.Pick.Excerpt)).ToList();
        if (lead is not null)
        {
            return Finish(question, lead, null, citations, comparison: null);
        }

        var (opening, verdict) = question.Shape switch
        {
            QuestionShape.YesNo => YesNoLead(question, picks, roleIds, weights ?? _retriever.Weights(question.Topic)),
            QuestionShape.WhichRole => (WhichRoleLead(question, picks), (Verdict?)null),
            QuestionShape.Comparison when question.Roles.Count >= 2 =>
                ($"Here is how the sources compare the {question.Roles[0].Name} and {question.Roles[1].Name} roles:", (Verdict?)null),
            _ => (OpenLead(question), (Verdict?)null),
        };
        return Finish(question, opening, verdict, citations, comparison: null);
    }

    /// <summary>
    /// The excerpt names an asked role, or names none and its passage is about one — unless its document's title names
    /// only other roles: "They will develop … machine-learning models" on the data scientist page is no evidence about
    /// data engineers, though that section mentions them.
    /// </summary>
    private bool AboutAsked((Candidate Candidate, ExcerptPicker.Pick Pick) pick, IReadOnlyList<string> roleIds)
    {
        if (pick.Pick.MentionsRole)
        {
            return true;
        }

        if (pick.Pick.Sentence.RoleIds.Count > 0 || pick.Candidate.RoleMatch <= 0)
        {
            return false;
        }

        var titled = TitleRoles(pick.Candidate.Passage.DocumentTitle);
        return titled.Count == 0 || titled.Any(roleIds.Contains);
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<string>> _titleRoles = new(StringComparer.Ordinal);

    /// <summary>The roles a document title names (one entry per document: titles are few).</summary>
    private List<string> TitleRoles(string title) => _titleRoles.GetOrAdd(title, t => RolesNamedIn(t));

    /// <summary>The role ids a text names, in order of first mention (analysed as the index analyses it).</summary>
    private List<string> RolesNamedIn(string text) => Glossary.RoleTagger.Mentions(Index.Analysis.TermAnalysis.Analyze(knowledge.Analyzer, text));

    private Answer NotCovered(ParsedQuestion question, string lead = "My sources don't cover that, so I won't guess.")
    {
        var suggestions = Suggestions.For(VerifiedSuggestions(), question.Roles);
        var text = suggestions.Count == 0 ? lead : lead + "\n\nYou could ask:\n" + string.Join('\n', suggestions.Select(s => "- " + s));
        return new Answer
        {
            Question = question.Original,
            Answered = false,
            Shape = question.Shape,
            Lead = lead,
            Text = text,
            Citations = [],
            Roles = question.Roles.Select(r => r.Name).ToList(),
            Suggestions = suggestions,
            CorrectedQuestion = CorrectedOrNull(question),
            Context = ContextOf(question),
        };
    }

    private Answer Finish(ParsedQuestion question, string lead, Verdict? verdict, IReadOnlyList<Citation> citations, RoleComparison? comparison)
    {
        // "Compare with the other role" only makes sense for a one-role answer.
        var other = question.Roles.Count == 1 && comparison is null ? OtherRole(question) : null;
        return new Answer
        {
            Question = question.Original,
            Answered = true,
            Shape = question.Shape,
            Verdict = verdict,
            Lead = lead,
            Text = AnswerText.Render(lead, citations, comparison),
            Citations = citations,
            Comparison = comparison,
            Roles = question.Roles.Select(r => r.Name).ToList(),
            Suggestions = Suggestions.For(VerifiedSuggestions(), question.Roles, 2),
            CorrectedQuestion = CorrectedOrNull(question),
            Context = ContextOf(question),
            OtherRole = other?.Name,
            CompareQuestion = other is null ? null
                : $"What is the difference between {Phrasing.WithArticle(question.Roles[0])} and {Phrasing.WithArticle(other)}?",
        };
    }

    /// <summary>For a one-role question, the role most often found beside it, to offer "compare with the other role".</summary>
    internal RoleDefinition? OtherRole(ParsedQuestion question)
    {
        var asked = question.Roles.Select(r => r.Id).ToHashSet();
        return knowledge.Stats.PassagesByRole
            .Where(r => !asked.Contains(r.Key))
            .OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => knowledge.Glossary.FindRole(r.Key))
            .FirstOrDefault(r => r is not null);
    }

    private static string? CorrectedOrNull(ParsedQuestion question) =>
        string.Equals(question.Corrected, question.Original.Trim(), StringComparison.OrdinalIgnoreCase) ? null : question.Corrected;

    private static ConversationContext ContextOf(ParsedQuestion question) =>
        new(question.Original, question.Shape, question.Roles.Select(r => r.Id).ToList(), question.TopicText);

    private static Citation ToCitation(int n, Candidate candidate, Excerpt excerpt)
    {
        var passage = candidate.Passage;
        return new Citation(n, passage.DocumentTitle, passage.Section, passage.SourcePath, passage.Url, excerpt,
            Math.Round(candidate.Score, 4), passage.Id, passage.Roles, passage.Credit);
    }

    /// <summary>Suggestions the knowledge answers, found by asking each candidate once (lazily, on first need).</summary>
    private IReadOnlyList<string> VerifiedSuggestions()
    {
        if (_suggestions is not null)
        {
            return _suggestions;
        }

        var verified = new List<string>();
        _suggestions = verified;                                  // guards against re-entry while verifying
        foreach (var candidate in Suggestions.Candidates(knowledge))
        {
            var parsed = knowledge.Parser.Parse(candidate);
            var answer = parsed.Shape == QuestionShape.Comparison ? CompareRoles(parsed) : Quote(parsed);
            if (answer.Answered)
            {
                verified.Add(candidate);
            }
        }

        return _suggestions = verified;
    }
}
