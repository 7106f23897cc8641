using System.Text.RegularExpressions;
using RoleBot.Knowledge.Glossary;
using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

/// <summary>Where a level of a ladder is written: the passages a side of "senior vs staff eng at gitlab" heads.</summary>
public sealed partial class AnswerComposer
{
    /// <summary>
    /// A side that is a level or grade ("IC3", "senior", "PM II") of something the documents name ("MLE at dropbox"): the
    /// passages headed or titled with the level, in documents whose names hold the rest of the side's words (or under a
    /// heading that holds them). Null when the side names no document, or no passage is so headed (only the named documents' passages
    /// are looked at, so a large knowledge is not analysed whole).
    /// </summary>
    /// <param name="other">The other side's own words: a passage headed with them too belongs to neither side.</param>
    /// <param name="label">The side's whole name as index terms ("senior", "backend"): with the documents' names, where the level is.</param>
    /// <returns>The side's question within the level's passages, and the terms it asks of the level (<see cref="Aspect"/>).</returns>
    /// <param name="baseLevel">The side is the ladder's base level ("SRE" of "SRE vs senior SRE"): no words of its own, its
    /// passages those under a heading that names the role with no level (<see cref="HeadsBaseLevel"/>).</param>
    private (ParsedQuestion Question, Func<Passages.Passage, bool> Passages, HashSet<string> Asks)? LevelScope(ParsedQuestion side, List<string> own, List<string> other,
        HashSet<string> label, bool baseLevel = false)
    {
        if ((own.Count == 0 && !(baseLevel && side.Roles.Count > 0)) || own.Any(ConceptTokens.IsRole))
        {
            return null;
        }

        // The other words name the documents ("at sourcegraph"), or else the heading over the levels ("manager" in
        // "Management Levels > M3"); at least one must name a document. Words outside the side's name that name no
        // document are what is asked of each level ("how big are the things each one ships?").
        var others = side.Topic.Where(t => !own.Contains(t.Term) && LevelWords.Number(t.Surface) is null).ToList();
        var aspect = Aspect(others, label);
        var rest = others.Except(aspect).Select(t => t.Term).ToList();
        // "IC3 vs IC4 MLE - how far out do they plan?": a role's level that names documents of its own is found by that name.
        var byLevel = rest.Count == 0 && side.Roles.Count > 0 && own.Count > 0 && own.All(DocumentNames.Contains);
        // The role's names as one pattern, built once: headings are matched against it passage by passage.
        var roleNames = RoleNames(side.Roles);
        Func<Passages.Passage, bool>? headed = null;
        if (byLevel || rest.Any(DocumentNames.Contains))
        {
            // A level's own document names the role too ("dropbox-machine-learning-engineer-ic3"): "senior" in
            // indrive-senior-engineer.md does not make it the senior engineering manager's page.
            var roleTerms = byLevel ? RoleNameTermSets(side.Roles) : [];
            headed = Headed(NamesByDocument.Where(d => byLevel
                ? own.All(d.Value.Contains) && roleTerms.Any(terms => terms.All(d.Value.Contains))
                : rest.Any(d.Value.Contains)), rest);
        }

        // "D6 vs D7 on the developer ladder": a ladder's own code ("D6 - Developer 6") the named documents do not head is
        // found by the headings it heads elsewhere, only when those documents never write it: an organisation whose
        // ladder writes "IC3" in a table keeps its own pages, though another organisation heads a section "IC3".
        if (headed is null && !byLevel && own is [var code] && LevelWords.LadderCode(code) is not null)
        {
            var named = NamesByDocument.Where(d => rest.Any(d.Value.Contains)).Select(d => d.Key).ToHashSet(StringComparer.Ordinal);
            if (!knowledge.Passages.Any(p => named.Contains(p.SourcePath) && p.Text.Contains(code, StringComparison.OrdinalIgnoreCase)))
            {
                var headedByCode = knowledge.Passages.Where(p => p.Section.Contains(code, StringComparison.OrdinalIgnoreCase) && knowledge.Analysis(p.Ordinal).HeadingTerms.Contains(code))
                    .Select(p => p.SourcePath).ToHashSet(StringComparer.Ordinal);
                headed = Headed(NamesByDocument.Where(d => headedByCode.Contains(d.Key)), []);
            }
        }

        // "principal vs senior principal PM": no organisation named, and one document of the role heads both levels (its
        // ladder); with several such ladders the question is ambiguous and each side is answered on its own.
        // An empty side is the base level ("EM vs senior EM"): the other side of a base level has no words of its own.
        if (headed is null && !rest.Any(DocumentNames.Contains) && (own.Count > 0 || baseLevel) && own.Count + other.Count > 0 && side.Roles.Count > 0
            && LadderHeadingBoth(side.Roles, roleNames, own, other) is { } ladder)
        {
            headed = Headed(NamesByDocument.Where(d => d.Key == ladder), []);
        }

        if (headed is null)
        {
            return null;
        }

        // The level's passages in the named documents, each of whose words "where" is in the document's name or the
        // passage's headings; null when none is so headed. Only those documents' passages are analysed.
        Func<Passages.Passage, bool>? Headed(IEnumerable<KeyValuePair<string, HashSet<string>>> named, List<string> where)
        {
            var documents = named.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
            if (documents.Count == 0)
            {
                return null;                                     // no one document carries all of the side's names
            }

            // "PM II at skylight": a level of the asked role, not "Level II" of another ladder in the same organisation.
            var roles = side.Roles.Select(r => r.Id).ToList();
            // A ladder's level sections may name no role ("Management Levels > M3" for an engineering manager): the role
            // narrows the passages only where some passage so headed carries it.
            // "senior vs staff": "Senior Staff Engineer" heads neither side, since it also names the other one.
            var foreign = other.Except(own).ToList();
            bool Holds(Passages.Passage p, HashSet<string> names, string t) => t.StartsWith(LevelNumber, StringComparison.Ordinal)
                ? LevelWords.Names(p.Section, int.Parse(t[LevelNumber.Length..], System.Globalization.CultureInfo.InvariantCulture))
                : names.Contains(t) || knowledge.Analysis(p.Ordinal).HeadingTerms.Contains(t) || LevelWords.NamesCoded(p.Section, t);
            bool InLevel(Passages.Passage p) => documents.TryGetValue(p.SourcePath, out var names)
                && (roles.Count == 0 || p.Roles.Any(roles.Contains))
                && (baseLevel ? HeadsBaseLevel(p.Section, roleNames) : own.All(t => Holds(p, names, t)))
                && where.All(t => names.Contains(t) || knowledge.Analysis(p.Ordinal).HeadingTerms.Contains(t))
                && !(foreign.Count > 0 && foreign.All(t => Holds(p, names, t)));
            if (!knowledge.Passages.Any(InLevel))
            {
                roles = [];
                if (!knowledge.Passages.Any(InLevel))
                {
                    return null;
                }
            }

            return InLevel;
        }

        var semantic = side.SemanticText;
        foreach (var term in others.Except(aspect))
        {
            semantic = Regex.Replace(semantic, $@"(\b(at|in|for|@)\s+)?\b{Regex.Escape(term.Surface)}\b", "", RegexOptions.IgnoreCase);
        }

        // Lexical mode needs a word to search for: the level's own, which every passage it heads holds in its heading.
        // The asked aspect is searched for in both modes.
        // A coded level ("ic5") is searched for by its letters, which the index keeps apart from the number ("IC 5").
        bool CodePart(QueryTerm t) => own.Exists(o => o.Length > t.Term.Length && o.StartsWith(t.Term, StringComparison.Ordinal)
            && char.IsAsciiDigit(o[t.Term.Length]) && LevelWords.Is(o));
        List<QueryTerm> topic = [.. knowledge.Semantic is null ? side.Topic.Where(t => own.Contains(t.Term) || CodePart(t)) : [], .. aspect];
        return (side with { Topic = topic, SemanticText = semantic.Trim() }, headed, aspect.Select(t => t.Term).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The one document about the role with a heading that names the role with each side's words ("Senior Engineering
    /// Manager"), where the side's heading does not also hold all of the other side's (a "Senior Principal" heading is not
    /// the "Principal" level); null for none or several. A side without words is the base level, headed with the role's
    /// bare name (<see cref="HeadsBaseLevel"/>).
    /// </summary>
    private string? LadderHeadingBoth(IReadOnlyList<RoleDefinition> roles, Regex roleNames, List<string> own, List<string> other)
    {
        var ids = roles.Select(r => r.Id).ToList();
        static bool Heads(string heading, HashSet<string> terms, List<string> side, List<string> against)
        {
            if (side.Count == 0)
            {
                return IsBare(heading);
            }

            var beyond = against.Except(side).ToList();
            return side.All(terms.Contains) && !(beyond.Count > 0 && beyond.All(terms.Contains));
        }

        // Each distinct heading that names the role, analysed once per document.
        var ladders = knowledge.Passages.Where(p => p.Roles.Any(ids.Contains)).GroupBy(p => p.SourcePath, StringComparer.Ordinal)
            .Select(d => (d.Key, Headings: d.Select(p => RoleHeading(p.Section, roleNames)).OfType<string>().Distinct(StringComparer.Ordinal)
                .Select(h => (Text: h, Terms: TermAnalysis.Terms(knowledge.Analyzer, h).ToHashSet(StringComparer.Ordinal))).ToList()))
            .Where(d => d.Headings.Any(h => Heads(h.Text, h.Terms, own, other)) && d.Headings.Any(h => Heads(h.Text, h.Terms, other, own)))
            .Select(d => d.Key).Take(2).ToList();
        return ladders.Count == 1 ? ladders[0] : null;
    }

    /// <summary>
    /// The deepest heading that names the role names it with no level ("Levels > Site Reliability Engineer > Job Grade",
    /// not "… > Senior Site Reliability Engineer"): the base level's section of a ladder.
    /// </summary>
    private static bool HeadsBaseLevel(string section, Regex roleNames) => RoleHeading(section, roleNames) is { } heading && IsBare(heading);

    /// <summary>The heading holds no level word or number ("Site Reliability Engineer", not "Senior Site Reliability Engineer").</summary>
    private static bool IsBare(string heading) =>
        !Regex.Split(heading, @"[^\w+-]+").Any(w => w.Length > 0 && (LevelWords.Is(w) || LevelWords.Number(w) is not null));

    /// <summary>The index terms of each of the roles' names ("machin", "learn", "engin"), concept tokens left out.</summary>
    private List<List<string>> RoleNameTermSets(IReadOnlyList<RoleDefinition> roles) =>
        roles.SelectMany(r => r.AllNames).Select(n => TermAnalysis.Terms(knowledge.Analyzer, n).Where(t => !ConceptTokens.IsConcept(t)).ToList())
            .Where(terms => terms.Count > 0).ToList();

    /// <summary>Any of the roles' names as a whole word or phrase, longest first.</summary>
    private static Regex RoleNames(IReadOnlyList<RoleDefinition> roles) =>
        new($@"(?<!\w)(?:{string.Join('|', roles.SelectMany(r => r.AllNames).Where(n => n.Length > 0).OrderByDescending(n => n.Length).Select(Regex.Escape).DefaultIfEmpty("(?!)"))})(?!\w)",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The deepest heading of the path that names one of the roles, else null.</summary>
    private static string? RoleHeading(string section, Regex roleNames) =>
        section.Split(" > ").LastOrDefault(heading => roleNames.IsMatch(heading));

    /// <summary>
    /// The words of a level side's question that are neither the side's name nor the documents' ("big", "ship" of
    /// "senior vs staff backend at gitlab, how big are the things each one ships?"): what is asked of each level.
    /// </summary>
    private List<QueryTerm> Aspect(List<QueryTerm> others, HashSet<string> label) =>
        others.Where(t => !label.Contains(t.Term) && !DocumentNames.Contains(t.Term) && !LadderTerms.Contains(t.Term)).ToList();

    private HashSet<string>? _ladderTerms;

    /// <summary>"on the developer ladder", "in the levels framework": where the levels are written, not what is asked of them.</summary>
    private HashSet<string> LadderTerms => _ladderTerms ??= TermAnalysis.Terms(knowledge.Analyzer, "ladder ladders levels framework track career progression").ToHashSet(StringComparer.Ordinal);
}
