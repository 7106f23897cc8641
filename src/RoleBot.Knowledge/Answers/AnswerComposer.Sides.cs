using System.Text.RegularExpressions;
using RoleBot.Knowledge.Glossary;
using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

public sealed partial class AnswerComposer
{
    /// <summary>
    /// "X vs Y" for any two sides (roles, levels, anything): first the excerpt that names both, then the best excerpt
    /// about each side — found by asking each side's own question ("senior backend eng at gitlab") and keeping an excerpt
    /// whose sentence or heading holds that side's words — then the best of the rest. Null when nothing clears the gate.
    /// </summary>
    /// <returns>The picks, and whether they are pairs of parallel lines of two levels (<see cref="LevelContrast"/>).</returns>
    private (List<(Candidate Candidate, ExcerptPicker.Pick Pick)> Picks, bool Paired)? SidePicks(ParsedQuestion question, ComparisonSides sides,
        List<string> roleIds, double[] weights)
    {
        var firstTerms = SideTerms(sides.FirstWords);
        var secondTerms = SideTerms(sides.SecondWords);
        var full = RankOptions(question, roleIds, weights);
        var (first, firstInLevel, firstAsks) = SideOptions(sides.First, firstTerms, secondTerms, sides.FirstLabel, sides.BaseSide == 1);
        var (second, secondInLevel, secondAsks) = SideOptions(sides.Second, secondTerms, firstTerms, sides.SecondLabel, sides.BaseSide == 2);
        if (full is null && (first is null || second is null))
        {
            return null;                                         // one side alone is not a comparison
        }

        var picks = new List<(Candidate Candidate, ExcerptPicker.Pick Pick)>();
        void AddFirst(List<ExcerptRanking.Option>? options, Func<ExcerptRanking.Option, bool> accept)
        {
            foreach (var option in (options ?? []).Where(o => o.Score >= options![0].Score - CoverageGate.MaxScoreGap))
            {
                if (picks.Count < MaxCitations && accept(option) && TryAdd(picks, option, question, roleIds))
                {
                    return;
                }
            }
        }

        // A ladder's list that labels each level ("- Engineer 1 (IC2): Focuses on …"): the two labelled lines first.
        var labelled = false;
        if (sides.AreLevels && LabelledLine(sides.FirstLabel, full, first) is { } firstLine && LabelledLine(sides.SecondLabel, full, second) is { } secondLine
            && TryAdd(picks, firstLine, question, roleIds))
        {
            labelled = TryAdd(picks, secondLine, question, roleIds);
            if (!labelled)
            {
                picks.Clear();
            }
        }

        if (firstInLevel && secondInLevel && (sides.AreLevels || sides.ShareAName || sides.SameCode))
        {
            // Two levels of a ladder: each level's opening line where both sections have one, then the lines that say the
            // same thing at each level, in each level's words.
            // A question that asks something of each level ("how big are the things each one ships?") pairs the lines
            // that answer it, not the levels' openings.
            var asked = firstAsks.Union(secondAsks).ToHashSet(StringComparer.Ordinal);
            var asks = asked.Count > 0;
            var sideTerms = firstTerms.Concat(secondTerms).ToHashSet();
            var pairs = LevelContrast(first!, second!, sideTerms, asked);
            // A base level has no word of its own for its heading to hold: its opening is not looked for.
            if (!asks && sides.BaseSide == 0 && LevelOpening(first!, sides.FirstWords) is { } a0 && LevelOpening(second!, sides.SecondWords) is { } b0
                && Differ(TermsOf(a0), TermsOf(b0), sideTerms))
            {
                pairs.Insert(0, (a0, b0));
            }

            foreach (var (a, b) in pairs)
            {
                if (picks.Count + 2 > 2 * ContrastPairs)
                {
                    break;
                }

                if (TryAdd(picks, a, question, roleIds) && !TryAdd(picks, b, question, roleIds))
                {
                    picks.RemoveAt(picks.Count - 1);
                }
            }

            if (picks.Count > 0)
            {
                return (picks, true);
            }
        }

        if (labelled)
        {
            return (picks, true);                                // the level's own lines, without lines about neither
        }

        AddFirst(full, o => InSentence(o, firstTerms) && InSentence(o, secondTerms) && WrittenAsRoles(o, firstTerms) && WrittenAsRoles(o, secondTerms));

        AddFirst(first, o => About(o, firstTerms));
        AddFirst(second, o => About(o, secondTerms));
        foreach (var options in new[] { full, first, second })
        {
            AddFirst(options, _ => true);
            AddFirst(options, _ => true);
        }

        return picks.Count == 0 ? null : (picks, false);
    }

    /// <param name="own">The side's own words as <see cref="SideTerms"/> gives them.</param>
    /// <param name="label">The side's whole name ("senior backend"), shared words included.</param>
    /// <returns>The side's options, whether they come from the passages the side heads (<see cref="LevelScope"/>), and
    /// the terms the question asks of the level beyond its name.</returns>
    /// <param name="baseLevel">The side is the ladder's base level (<see cref="ComparisonSides.BaseSide"/>).</param>
    private (List<ExcerptRanking.Option>? Options, bool Scoped, HashSet<string> Asks) SideOptions(string side, List<string> own, List<string> other, string label,
        bool baseLevel = false)
    {
        var parsed = knowledge.Parser.Parse(side);
        var roleIds = parsed.Roles.Select(r => r.Id).ToList();
        var scoped = false;
        HashSet<string> asks = [];
        List<ExcerptRanking.Option>? options = null;
        if (LevelScope(parsed, own, other, TermAnalysis.Terms(knowledge.Analyzer, label).ToHashSet(StringComparer.Ordinal), baseLevel) is { } level)
        {
            asks = level.Asks;
            // "IC3 MLE at dropbox", "staff backend eng at gitlab": the section or document that level heads, described
            // the way an overview is (its opening, the sentence that names the role), not the lines that say "Dropbox".
            options = RankOptions(level.Question, roleIds, _retriever.Weights(level.Question.Topic), _retriever.Within(level.Passages));
            scoped = options is not null;
        }

        // "TL at 2i2c": a role and only the words that name its documents is that role's overview there.
        var overview = AsOverview(parsed);
        // "maintainer vs steering committee member for llrt": each side in the organisation's own pages, where it has any.
        if (ReferenceEquals(overview, parsed) && parsed.DocumentWords.Count == 0
            && parsed.Topic.Where(t => IsOrganisation(parsed, t)).Select(t => t.Term).ToList() is { Count: > 0 } organisation)
        {
            overview = parsed with { DocumentWords = organisation };
        }

        options ??= RankOptions(overview, roleIds, _retriever.Weights(overview.Topic));
        if (options is null || own.Count == 0)
        {
            return (options, scoped, asks);
        }

        // A side's defining line opens with its name ("Reviewers are able to ...", "The Customer Liaison is ...", "Mergers
        // merge ..."), or opens a passage headed with it: as in an overview, that line says what the side is.
        var defined = options.Select(o => o with { Score = o.Score + (OpensHeaded(o, own) ? 2 * ExcerptRanking.DefiningWeight : Opens(o, own) ? ExcerptRanking.DefiningWeight : 0) }).ToList();
        defined.Sort((a, b) => b.Score.CompareTo(a.Score));
        return (defined, scoped, asks);
    }

    /// <summary>The option's sentence opens with the side's words (within <see cref="ExcerptRanking.DefiningReach"/>), or opens a passage headed with them.</summary>
    internal static bool Opens(ExcerptRanking.Option option, List<string> own)
    {
        var sentence = option.Candidate.Analysis.Sentences[option.Sentence];
        if (OpensHeaded(option, own))
        {
            return true;
        }

        // A label before the name ("Defined by: reviewers entry in OWNERS") makes the line a field, and a clause
        // ("Once a reviewer has approved, ...") a step in a process: neither says what the side is.
        var opening = sentence.Tokens.Where(t => t.Start - sentence.Range.Start <= ExcerptRanking.DefiningReach).ToList();
        if (!own.All(term => opening.Exists(t => t.Term == term)))
        {
            return false;
        }

        var text = option.Candidate.Passage.Text;
        var lead = text.AsSpan(sentence.Range.Start, opening.First(t => own.Contains(t.Term)).Start - sentence.Range.Start);
        return !lead.Contains(':') && !Subordinate().IsMatch(lead);
    }

    /// <summary>The option is the first sentence of a passage headed with the side's name or "What is it?".</summary>
    private static bool OpensHeaded(ExcerptRanking.Option option, List<string> own) =>
        option.Sentence == 0 && own.All(option.Candidate.Analysis.HeadingTerms.Contains) && DefiningHeading(option.Candidate.Passage.Section, own);

    /// <summary>
    /// The passage's own heading names the side ("Reviewer") or asks what it is ("Customer Liaison > What is it?"): its
    /// first sentence defines the side. A sibling such as "Who are they?" or "How can I become one?" does not.
    /// </summary>
    private static bool DefiningHeading(string section, List<string> own)
    {
        // The heading is the side's name ("Reviewer", "The Merger role"), not a heading that holds it ("The Code Review
        // Process"): each of its words is one of the side's (index terms are stems, so a prefix of the word).
        var last = section[(section.LastIndexOf('>') + 1)..].Trim();
        var words = HeadingWord().Matches(last).Select(m => m.Value).Where(w => !NameFiller.Contains(w)).ToList();
        return WhatIsIt().IsMatch(last)
            || (words.Count > 0 && own.All(term => last.Contains(term, StringComparison.OrdinalIgnoreCase))
                && words.All(w => own.Exists(term => w.StartsWith(term, StringComparison.OrdinalIgnoreCase))));
    }

    [GeneratedRegex(@"^\W*(once|when|whenever|if|after|before|while|until|unless|since|as soon as)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Subordinate();

    private static readonly HashSet<string> NameFiller = new(StringComparer.OrdinalIgnoreCase) { "the", "a", "an", "role", "roles", "of", "s" };

    [GeneratedRegex(@"\p{L}[\p{L}\p{N}]*")]
    private static partial Regex HeadingWord();

    [GeneratedRegex(@"^(what\s+(is|are|does)\b.*|overview|definition|description|summary|about|purpose|the role|role)\??$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIsIt();

    /// <summary>A side's own words as index terms: a role's concept token, else its plain words ("ic3", "senior").</summary>
    private List<string> SideTerms(string words)
    {
        // "IC-5" and "IC 5" as one term, "ic5", as the index keeps "IC5": each names its level, not any "IC" heading.
        words = LevelWords.Glued(words);
        var terms = TermAnalysis.Terms(knowledge.Analyzer, words).Distinct().ToList();
        var roles = terms.Where(ConceptTokens.IsRole).ToList();
        if (roles.Count > 0)
        {
            return roles;
        }

        // A level number ("II", "2") as a term of its own, matched on heading text: the analyzer keeps "I" as no word.
        var numbers = words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(LevelWords.Number).OfType<int>().Select(n => $"{LevelNumber}{n}").ToList();
        return terms.Where(t => !ConceptTokens.IsConcept(t) && !int.TryParse(t, out _)).Concat(numbers).Distinct().ToList();
    }

    /// <summary>Marks a side term that is a level number ("#2"); no index term starts with it.</summary>
    private const string LevelNumber = "#";

    private static bool InSentence(ExcerptRanking.Option option, List<string> terms)
    {
        var sentence = option.Candidate.Analysis.Sentences[option.Sentence];
        return terms.Count > 0 && terms.All(t => ConceptTokens.IsRole(t) ? sentence.RoleIds.Contains(t[1..]) : sentence.Tokens.Any(k => k.Term == t));
    }

    /// <summary>
    /// The option's sentence names the role as a role: a name ending in a role noun ("DevOps engineers") or an acronym in
    /// capitals ("SRE"), not a bare word that also names a product or a field ("… Azure DevOps").
    /// </summary>
    private static bool WritesAsRole(ExcerptRanking.Option option, Glossary.RoleDefinition role)
    {
        var range = option.Candidate.Analysis.Sentences[option.Sentence].Range;
        var text = option.Candidate.Passage.Text.Substring(range.Start, range.Length);
        return role.Aliases.Prepend(role.Name).Any(name =>
            ((Glossary.RoleDiscovery.EndsInRoleNoun(name) || Glossary.RoleDiscovery.IsRoleNounName(name)) && text.Contains(name.TrimEnd('s'), StringComparison.OrdinalIgnoreCase))
            || (name.Length is >= 2 and <= 5 && !name.Contains(' ') && System.Text.RegularExpressions.Regex.IsMatch(text, $@"\b{System.Text.RegularExpressions.Regex.Escape(name.ToUpperInvariant())}s?\b")));
    }

    /// <summary>Each role among the side's terms is written in the option's sentence as a role (<see cref="WritesAsRole"/>).</summary>
    private bool WrittenAsRoles(ExcerptRanking.Option option, List<string> terms) =>
        terms.Where(ConceptTokens.IsRole).All(t => knowledge.Glossary.FindRole(t[1..]) is not { } role || WritesAsRole(option, role));

    /// <summary>The option is about the side: its sentence names it, or its passage is headed by or tagged with it, or its document titled.</summary>
    private bool About(ExcerptRanking.Option option, List<string> terms) =>
        InSentence(option, terms)
        || (terms.Count > 0 && terms.All(t => option.Candidate.Analysis.HeadingTerms.Contains(t)
            || (ConceptTokens.IsRole(t) && option.Candidate.Passage.Roles.Count == 1 && option.Candidate.Passage.Roles[0] == t[1..])
            || (NamesByDocument.TryGetValue(option.Candidate.Passage.SourcePath, out var names) && names.Contains(t))));
}
