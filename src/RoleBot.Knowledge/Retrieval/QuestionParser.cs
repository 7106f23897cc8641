using System.Text.RegularExpressions;
using RoleBot.Knowledge.Documents;
using RoleBot.Knowledge.Glossary;
using RoleBot.Knowledge.Index.Analysis;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>
/// Understands a question: corrects typos, finds the roles it names, its topic terms and its shape
/// (yes/no, comparison, which-role, open), and resolves follow-ups against the previous question.
/// </summary>
public sealed partial class QuestionParser(Glossary.Glossary glossary, RoleBotAnalyzer analyzer, Vocabulary vocabulary)
{
    private static bool AfterHow(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        return before.EndsWith("how", StringComparison.OrdinalIgnoreCase) && (before.Length == 3 || !char.IsLetter(before[^4]));
    }

    /// <summary>Most characters a question may have (default 1,000); longer input is refused with a clear message.</summary>
    public const int MaxQuestionChars = 1000;

    public ParsedQuestion Parse(string question, ConversationContext? previous = null)
    {
        var normalized = WithLevelledAcronymsSpelledOut(Normalize(question));
        var (corrected, _) = vocabulary.Correct(normalized);
        corrected = JoinedDocumentNames(corrected);
        var tokens = TermAnalysis.Analyze(analyzer, corrected);
        var roles = new List<RoleDefinition>();
        var roleSpans = new List<(int Start, int End)>();
        var named = new List<(int Start, int End, string Name)>();
        // "IC5", "IC 5", "ic-5" are levels even where "IC" is also a role's acronym (Incident Commander).
        var roleTokens = tokens.Where(t => ConceptTokens.IsRole(t.Term) && !LevelWords.Is(corrected[t.Start..t.End] + LevelNumberAfter().Match(corrected, t.End).Value.Replace(" ", ""))).ToList();
        foreach (var token in roleTokens)
        {
            // "research software engineer": the longer role is meant, not the "software engineer" inside it.
            if (roleTokens.Exists(o => o.Start <= token.Start && o.End >= token.End && o.End - o.Start > token.End - token.Start))
            {
                roleSpans.Add((token.Start, token.End));
                continue;
            }

            if (glossary.FindRole(token.Term[1..]) is { } role)
            {
                if (!roles.Contains(role))
                {
                    roles.Add(role);
                }

                if (!named.Exists(n => token.Start < n.End && n.Start < token.End))
                {
                    named.Add((token.Start, token.End, role.Name));
                }
            }

            roleSpans.Add((token.Start, token.End));
        }

        var semanticText = corrected;
        foreach (var (start, end, name) in named.OrderByDescending(n => n.Start))
        {
            // "an MLE" and "a machine learning engineer" must read the same: the article follows the name put in.
            var before = semanticText[..start];
            var article = ArticleBefore().Match(before);
            if (article.Success)
            {
                before = before[..article.Index] + Answers.Phrasing.Article(name) + " ";
            }

            // "devops enginer": the role was found on "devops" alone; its name already says "engineer", so drop the repeat.
            var after = semanticText[end..];
            var repeat = RepeatedWord().Match(after);
            if (repeat.Success && name.EndsWith(repeat.Groups[1].Value.TrimEnd('s'), StringComparison.OrdinalIgnoreCase))
            {
                after = after[repeat.Length..];
            }

            semanticText = string.Concat(before, name, after);
        }

        semanticText = semanticText.TrimEnd('?', '!', '.', ' ').ToLowerInvariant();

        // A concept stands for the words it spans: role words are not topic, and "k8s" and "kubernetes" count once.
        // A word right after a role that repeats its name's last word ("devops enginer", "AI specialst") belongs to the role.
        bool RepeatsRole(AnalyzedToken t) => named.Exists(n => t.Start - n.End is >= 0 and <= 1
            && n.Name.EndsWith(corrected[t.Start..t.End].TrimEnd('s'), StringComparison.OrdinalIgnoreCase));
        bool InRole(AnalyzedToken t) => roleSpans.Exists(s => t.Start >= s.Start && t.End <= s.End) || RepeatsRole(t);
        var synonymSpans = tokens.Where(t => t.Term[0] == ConceptTokens.SynonymPrefix && !InRole(t)).Select(t => (t.Start, t.End)).ToList();
        bool InSynonym(AnalyzedToken t) => synonymSpans.Exists(s => t.Start >= s.Start && t.End <= s.End);

        // "people" asks who ("which people", "kinds of people") unless it names a kind of thing ("the people side",
        // "people management"): then the word right after it is a topic word, with nothing between them.
        bool Modifies(AnalyzedToken t)
        {
            if (!NounModifiers.Contains(corrected[t.Start..t.End].ToLowerInvariant()))
            {
                return false;
            }

            var next = tokens.FindIndex(o => o.Start >= t.End && !ConceptTokens.IsConcept(o.Term));
            return next >= 0 && string.IsNullOrWhiteSpace(corrected[t.End..tokens[next].Start].Replace('-', ' '))
                && !QuestionWords.Contains(corrected[tokens[next].Start..tokens[next].End].ToLowerInvariant());
        }

        var topic = new List<QueryTerm>();
        foreach (var token in tokens)
        {
            var surface = corrected[token.Start..token.End];
            var isSynonym = token.Term[0] == ConceptTokens.SynonymPrefix;
            if (ConceptTokens.IsRole(token.Term) || InRole(token) || (QuestionWords.Contains(surface.ToLowerInvariant()) && !Modifies(token))
                || (!isSynonym && InSynonym(token)) || topic.Any(t => t.Term == token.Term)
                || (AmountWords.Contains(surface.ToLowerInvariant()) && AfterHow(corrected, token.Start)))
            {
                continue;
            }

            var exact = isSynonym
                ? tokens.Where(t => !ConceptTokens.IsConcept(t.Term) && t.Start >= token.Start && t.End <= token.End).Select(t => t.Term).ToArray()
                : [];
            topic.Add(new QueryTerm(token.Term, surface, token.Start, token.End) { Exact = exact });
        }

        var shape = ShapeOf(corrected.ToLowerInvariant(), SeparateRoleMentions(named, corrected));
        WithoutJoiningWords(topic, corrected);
        var qualified = new List<(string Qualifier, string Phrase)>();

        var topicText = TopicText(corrected, topic, tokens);
        var parsed = new ParsedQuestion(question, corrected, shape, roles, topic, Negation().IsMatch(corrected)) { TopicText = topicText, AsksCareerChoice = CareerChoice().IsMatch(corrected), AsksAmount = Amount().IsMatch(corrected), AsksDefinition = Definition().IsMatch(corrected), AsksWhatItDoes = roles.Count == 0 && WhatItDoes().IsMatch(corrected), SemanticText = semanticText, OtherRoles = RoleMentions.Unknown(corrected, roleSpans, qualified), QualifiedRoles = qualified };
        if (previous is null)
        {
            return parsed;
        }

        var explicitFollowUp = FollowUp().IsMatch(corrected);
        var bareRole = roles.Count > 0 && topic.Count == 0 && TextCleanup.WordCount(corrected) <= 4;
        return explicitFollowUp || bareRole ? Merge(parsed, previous, explicitFollowUp) : parsed;
    }

    /// <summary>Checks a question before parsing; returns a one-line reason when it cannot be asked.</summary>
    public static string? Validate(string? question)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return "The question is empty. Ask something like \"does an MLE need Spark?\".";
        }

        return question.Length > MaxQuestionChars
            ? $"The question is {question.Length:N0} characters long; the limit is {MaxQuestionChars:N0}. Ask a shorter question."
            : null;
    }

    /// <summary>The topic as written: topic words with the small words between them, but never a role or question word.</summary>
    private static string TopicText(string text, List<QueryTerm> topic, List<AnalyzedToken> tokens)
    {
        var ordered = topic.OrderBy(t => t.Start).ToList();
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < ordered.Count; i++)
        {
            var term = ordered[i];
            if (result.Length > 0 && term.Start < ordered[i - 1].End)
            {
                continue;                                        // a concept overlapping the previous word
            }

            if (i > 0)
            {
                var gapStart = ordered[i - 1].End;
                var gapHasOther = tokens.Any(t => t.Start >= gapStart && t.End <= term.Start);
                result.Append(gapHasOther || term.Start - gapStart > 5 ? " " : text[gapStart..term.Start]);
            }

            // "A/B testing": "a" is a stop word, yet the topic reads "B testing" without it.
            var start = term.Start >= 2 && text[term.Start - 1] == '/' && char.IsLetterOrDigit(text[term.Start - 2])
                && (term.Start == 2 || !char.IsLetterOrDigit(text[term.Start - 3])) ? term.Start - 2 : term.Start;
            if (start < term.Start && result.Length > 0 && result[^1] != ' ')
            {
                start = term.Start;                              // the word before is already there ("CI/CD")
            }

            result.Append(text[start..term.End]);
        }

        return Space().Replace(result.ToString(), " ").Trim();
    }

    private ParsedQuestion Merge(ParsedQuestion followUp, ConversationContext previous, bool explicitFollowUp)
    {
        var previousRoles = previous.RoleIds.Select(glossary.FindRole).OfType<RoleDefinition>().ToList();
        if (followUp.Roles.Count > 0 && followUp.Topic.Count == 0)
        {
            // "what about data scientists?": the previous topic and shape, for the new role.
            var topicOnly = Parse(previous.TopicText.Length > 0 ? previous.TopicText : previous.Question);
            var shape = previous.Shape == QuestionShape.Comparison ? QuestionShape.Open : previous.Shape;
            return followUp with
            {
                Shape = shape, Topic = topicOnly.Topic, TopicText = previous.TopicText, IsFollowUp = true,
                SemanticText = $"{followUp.SemanticText} {previous.TopicText}",
            };
        }

        if (explicitFollowUp && followUp.Roles.Count == 0 && followUp.Topic.Count > 0 && previousRoles.Count > 0)
        {
            // "and Kubernetes?": the new topic for the previous role(s).
            return followUp with
            {
                Roles = previousRoles, Shape = previous.Shape, IsFollowUp = true,
                SemanticText = $"{string.Join(" and ", previousRoles.Select(r => r.Name))}: {followUp.SemanticText}",
            };
        }

        return followUp;
    }

    /// <summary>
    /// How many roles the question names apart: "product manager consultant" (a job post's "Product Manager - Consultant")
    /// is one role named in two, not two roles to compare.
    /// </summary>
    private static int SeparateRoleMentions(List<(int Start, int End, string Name)> named, string corrected)
    {
        var ordered = named.OrderBy(n => n.Start).ToList();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var groups = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            var joined = i > 0 && ordered[i].Start >= ordered[i - 1].End
                && corrected.AsSpan(ordered[i - 1].End, ordered[i].Start - ordered[i - 1].End).Trim(" -\u2013\u2014").IsEmpty;
            if (!joined && names.Add(ordered[i].Name))
            {
                groups++;
            }
        }

        return groups;
    }

    private static QuestionShape ShapeOf(string text, int roleCount)
    {
        if (Comparison().IsMatch(text))
        {
            return QuestionShape.Comparison;
        }

        if (WhichRole().IsMatch(text))
        {
            return QuestionShape.WhichRole;
        }

        if (roleCount >= 2)
        {
            return QuestionShape.Comparison;
        }

        return YesNo().IsMatch(text) ? QuestionShape.YesNo : QuestionShape.Open;
    }

    private string Normalize(string question) =>
        Idioms.Rewrite(ChatSpelling.Expand(AcronymPlural().Replace(Space().Replace(question.Replace('\u00A0', ' ').Replace('’', '\''), " ").Trim(), "$1")), SpokenInDocuments);

    /// <summary>The words of the documents' own uses of an idiom (<see cref="Idioms.Rewrite"/>); none when unset.</summary>
    public Func<System.Text.RegularExpressions.Regex, IReadOnlySet<string>>? SpokenInDocuments { get; init; }

    /// <summary>"DSs", "DS's": the plural of an acronym ending in S is the acronym (the stemmer keeps "dss" whole; "EMs" it handles).</summary>
    [GeneratedRegex(@"\b([A-Z]{0,5}S)'?s\b")]
    private static partial Regex AcronymPlural();

    [GeneratedRegex(@"\b(vs\.?|versus|compared?\s+(to|with)|comparison|compare|difference|differences|differ|differs|distinguish|similarit(y|ies)|similar|different\s+(from|than|to))\b|\b(going|promoted|promotion|progress|progressing|step\s+up|level\s+up|changes?|moving|move|jump|jumping|grow|growing)\s+from\s+\S+(\s+\S+){0,3}?\s+to\s+\S|\b(go|get|getting)\s+from\s+(an?\s+)?(?!the\b)\S+(\s+\S+){0,3}?\s+to\s+\S")]
    private static partial Regex Comparison();

    // "which pays better?", "which earns more": "which" straight before a verb of earning or doing asks which role.
    [GeneratedRegex(@"^(who|whom)\b|\bwhich\s+(role|roles|job|jobs|gig|gigs|career|one|person|people|position|team|of\s+the|pays|earns|makes|gets|does|has)\b|\bwhat\s+(role|job|position)\b|\bwho\b.*\?$")]
    private static partial Regex WhichRole();

    [GeneratedRegex(@"^(does|do|did|is|are|should|can|could|would|will|must|has|have|shall|may|might)\b")]
    private static partial Regex YesNo();

    [GeneratedRegex(@"^((and|but|so|ok|okay)[, ]+)?((what|how)\s+about|and\s+(for|what|the|a|an)?|same\s+(for|question)|what\s+for|(and|or)\s+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"^\s+(\w+)\b")]
    private static partial Regex RepeatedWord();

    [GeneratedRegex(@"\b(a|an)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleBefore();
}
