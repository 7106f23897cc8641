using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

/// <summary>The template line that opens an answer: a verdict, the role(s) the evidence names, or "here is what ...".</summary>
public sealed partial class AnswerComposer
{
    /// <summary>
    /// Share of the question's topic weight (idf) an excerpt must exceed to support a yes/no verdict (default 0.5):
    /// the rarer words carry the question, so an excerpt with only its common words is quoted but decides nothing.
    /// </summary>
    public const double VerdictCoverage = 0.5;

    private (string, Verdict?) YesNoLead(ParsedQuestion question, List<(Candidate Candidate, ExcerptPicker.Pick Pick)> picks, List<string> roleIds,
        double[] weights)
    {
        var topic = TopicName(question);
        if (question.Roles.Count == 0)
        {
            return ($"Here is what the sources say about {topic}:", null);
        }

        var role = question.Roles[0];
        // A verdict rests on excerpts that hold most of what was asked: "learn" alone does not answer "learn Terraform?".
        // The organisation asked "at" is no part of what was asked: every line of its pages holds its name.
        var asked = weights.Select((w, i) => i < question.Topic.Count && IsOrganisation(question, question.Topic[i]) ? 0 : w).ToArray();
        if (asked.Sum() > 0)
        {
            weights = asked;
        }

        var needed = VerdictCoverage * weights.Sum();
        // The words must be in the quoted text or its heading: a document's name ("civicactions-tech-lead-role.md") ranks
        // every line of it, but a line does not claim what only the file name says.
        var supporting = picks.Select((p, i) => (p, n: i + 1))
            .Where(x => AboutAsked(x.p, roleIds) && x.p.Pick.MatchWeight > 0 && QuotedWeight(x.p, question.Topic, weights) > needed && !x.p.Pick.IsQuestion).ToList();
        if (supporting.Count > 0)
        {
            var refs = Phrasing.Refs(supporting.Select(s => s.n));
            var negated = !question.Negated && supporting.All(s => NegationCheck.Negates(s.p.Pick.Excerpt.Text) || NegationCheck.NegatingHeading(s.p.Candidate.Passage.Section));
            return negated
                ? ($"No: the sources quote a limit on {topic} for the {role.Name} role {refs}.", Verdict.No)
                : ($"Yes: the sources tie {topic} to the {role.Name} role {refs}.", Verdict.Yes);
        }

        // A line that names no role speaks for its passage's role, or for its page's when the page is about another role.
        string? Unnamed((Candidate Candidate, ExcerptPicker.Pick Pick) p) =>
            p.Candidate.RoleMatch < 0 ? (p.Candidate.Passage.Roles.Count > 0 ? p.Candidate.Passage.Roles[0] : null)
            : TitleRoles(p.Candidate.Passage.DocumentTitle) is { Count: > 0 } titled && !titled.Any(roleIds.Contains) ? titled[0]
            : null;
        var others = picks.Select((p, i) => (p, n: i + 1))
            .SelectMany(x => x.p.Pick.Sentence.RoleIds.Count > 0
                ? x.p.Pick.Sentence.RoleIds.Select(id => ((string?)id, x.n))
                : [(Unnamed(x.p), x.n)])
            .Where(x => x.Item1 is not null && !roleIds.Contains(x.Item1))
            .Select(x => (id: x.Item1!, x.n))
            .ToList();
        var verb = Phrasing.Verb(question.Corrected);
        if (others.Count > 0 && knowledge.Glossary.FindRole(others[0].id!) is { } other)
        {
            var refs = Phrasing.Refs(others.Where(o => o.id == other.Id).Select(o => o.n));
            return ($"The sources don't say that {Phrasing.WithArticle(role)} {verb} {Phrasing.WithoutVerb(topic, verb)}; they tie it to the {other.Name} role {refs}.", Verdict.Unclear);
        }

        return ($"The sources mention {Phrasing.WithoutVerb(topic, verb)} {Phrasing.Refs(Enumerable.Range(1, picks.Count))} but don't say whether {Phrasing.WithArticle(role)} {verb} it.", Verdict.Unclear);
    }

    /// <summary>The roles a passage's heading names, else its document's title: the two a "both …" line speaks for.</summary>
    private IReadOnlyList<string> NamedAbove(Passages.Passage passage) =>
        RolesNamedIn(passage.Section) is { Count: >= 2 } inHeading ? inHeading : TitleRoles(passage.DocumentTitle);

    /// <summary>The topic weight the excerpt's own sentences hold, a word of its heading counting three quarters.</summary>
    private static double QuotedWeight((Candidate Candidate, ExcerptPicker.Pick Pick) pick, IReadOnlyList<QueryTerm> topic, double[] weights)
    {
        var start = pick.Pick.Excerpt.Start;
        var end = start + pick.Pick.Excerpt.Text.Length;
        var tokens = pick.Candidate.Analysis.Sentences.Where(s => s.Range.Start < end && s.Range.End > start).SelectMany(s => s.Tokens).ToList();
        var quoted = new Index.AnalyzedSentence(new Passages.TextRange(start, end), tokens, []);
        return ExcerptPicker.MatchedWeight(quoted, topic, weights, pick.Candidate.Analysis.HeadingTerms);
    }

    private string WhichRoleLead(ParsedQuestion question, List<(Candidate Candidate, ExcerptPicker.Pick Pick)> picks)
    {
        var tally = new Dictionary<string, List<int>>();
        for (var i = 0; i < picks.Count; i++)
        {
            var sentenceRoles = picks[i].Pick.Sentence.RoleIds;
            var roles = sentenceRoles.Count > 0 ? sentenceRoles : (picks[i].Candidate.Passage.Roles.Count == 1 ? picks[i].Candidate.Passage.Roles : []);
            foreach (var id in roles)
            {
                if (!tally.TryGetValue(id, out var refs))
                {
                    tally[id] = refs = [];
                }

                refs.Add(i + 1);
            }
        }

        if (question.AskersRole is { } asker && tally.Keys.Any(id => id != asker))
        {
            tally.Remove(asker);                                 // "i'm a dev, which role …": not the answer
        }

        if (question.Roles.Count >= 2)
        {
            // "who runs standups, the PM or the delivery manager?": only the two named roles are candidates.
            foreach (var id in tally.Keys.Where(id => !question.Roles.Any(r => r.Id == id)).ToList())
            {
                tally.Remove(id);
            }
        }

        // "which one earns more?" — "Both fields are very lucrative …": the best excerpt answers for both roles of its
        // passage without naming either, so neither wins a tally of the lines below it.
        if (question.Roles.Count == 0 && picks.Count > 0 && SaysBoth().IsMatch(picks[0].Pick.Excerpt.Text)
            && (picks[0].Pick.Sentence.RoleIds.Count >= 2 ? picks[0].Pick.Sentence.RoleIds : picks[0].Pick.Sentence.RoleIds.Count == 0 ? NamedAbove(picks[0].Candidate.Passage) : [])
                .Take(2).Select(knowledge.Glossary.FindRole).ToList() is [{ } one, { } two])
        {
            return $"The sources tie {TopicName(question)} to both the {one.Name} and the {two.Name} roles [1].";
        }

        var ranked = tally.OrderByDescending(t => t.Value.Count).ThenBy(t => t.Value[0])
            .Select(t => (Role: knowledge.Glossary.FindRole(t.Key), Refs: t.Value)).Where(t => t.Role is not null).ToList();
        var topic = TopicName(question);
        return ranked.Count switch
        {
            0 => $"Here is what the sources say about {topic}:",
            1 => $"The sources tie {topic} to the {ranked[0].Role!.Name} role {Phrasing.Refs(ranked[0].Refs)}.",
            _ when ranked[0].Refs.Count > ranked[1].Refs.Count =>
                $"The sources tie {topic} mostly to the {ranked[0].Role!.Name} role {Phrasing.Refs(ranked[0].Refs)}, and also to the {ranked[1].Role!.Name} role {Phrasing.Refs(ranked[1].Refs)}.",
            _ => $"The sources tie {topic} to both the {ranked[0].Role!.Name} {Phrasing.Refs(ranked[0].Refs)} and the {ranked[1].Role!.Name} {Phrasing.Refs(ranked[1].Refs)} roles.",
        };
    }

    private string OpenLead(ParsedQuestion question)
    {
        if (question.Topic.Count == 0 && question.Roles.Count > 0)
        {
            return $"Here is what the sources say about the {question.Roles[0].Name} role:";
        }

        return question.Roles.Count switch
        {
            0 => $"Here is what the sources say about {TopicName(question)}:",
            1 => $"Here is what the sources say about {TopicName(question)} for the {question.Roles[0].Name} role:",
            _ => $"Here is what the sources say about {TopicName(question)} for the {question.Roles[0].Name} and {question.Roles[1].Name} roles:",
        };
    }

    /// <summary>
    /// The topic as the lead names it: "write specs" for "do PMs at gitlab write specs?", since "at gitlab" says whose
    /// documents, not what about them ("the sources mention gitlab write specs" read as nonsense). A document's name
    /// that is the subject itself ("does a DS need python?" beside python-core-team.txt) has no "at" before it and stays.
    /// </summary>
    private string TopicName(ParsedQuestion question)
    {
        var text = question.TopicText.TrimEnd('?', '.', '!', ' ');
        if (text.Length == 0)
        {
            return "this";
        }

        foreach (var term in question.Topic.Where(t => IsOrganisation(question, t)))
        {
            var without = WithoutName(text, term);
            if (without.Length > 0)
            {
                text = without;
            }
        }

        // "junior overwhelmed information ask for help from": past a few words the list no longer reads as a subject.
        return Documents.TextCleanup.WordCount(text) > MaxTopicNameWords ? "this" : text;
    }

    /// <summary>Most topic words a lead names (default 4); a longer topic is "this", the question above the answer saying what.</summary>
    public const int MaxTopicNameWords = 4;

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:both|either)\s+(?:roles|fields|jobs|professions|professionals|positions|careers|paths|of\s+them|kinds|types)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SaysBoth();
}
