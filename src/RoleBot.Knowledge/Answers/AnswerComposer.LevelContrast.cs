using System.Text.RegularExpressions;
using RoleBot.Knowledge.Glossary;
using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

public sealed partial class AnswerComposer
{
    /// <summary>Sentences of each level looked at for a parallel pair (default 60 best per side).</summary>
    public const int ContrastOptions = 60;

    /// <summary>
    /// Sentences of each level looked at for a parallel pair when the question asks something of the levels (default 8
    /// best per side): the pair must answer it, not merely be the most alike.
    /// </summary>
    public const int AspectOptions = 8;

    /// <summary>Parallel pairs quoted for two levels (default 2: four excerpts).</summary>
    public const int ContrastPairs = 2;

    /// <summary>
    /// "senior vs staff eng", "IC3 vs IC4 MLE": both sides are levels. Lexical mode answers these as hybrid mode does
    /// (its role comparison has no notion of levels); other comparisons keep the lexical path, which scores better there.
    /// </summary>
    private bool ComparesLevels(ParsedQuestion question) =>
        ComparisonSides.Find(question.Corrected, Mentioned, NamesDocuments) is { AreLevels: true };

    /// <summary>
    /// Pairs of lines, one from each level's passages, that say the same thing in different words ("ships moderately
    /// sized features" / "ships large features"): most similar first (cosine of sentence vectors, or shared terms in
    /// lexical mode), each line used once. A line both levels share word for word, or one that differs only in the
    /// levels' names and numbers ("grade 7" / "grade 8"), says nothing the question did not.
    /// </summary>
    /// <param name="asked">Terms the question asks of each level: pairs whose lines hold them come first.</param>
    private List<(ExcerptRanking.Option First, ExcerptRanking.Option Second)> LevelContrast(List<ExcerptRanking.Option> first,
        List<ExcerptRanking.Option> second, HashSet<string> sideTerms, HashSet<string> asked)
    {
        var take = asked.Count > 0 ? AspectOptions : ContrastOptions;
        var a = Usable(first, take);
        var b = Usable(second, take);
        var semantic = knowledge.Semantic;
        // Similarities first (a dot product each), the word checks only on the best pairs until two are chosen.
        var pairs = new List<(int Asked, double Similarity, int A, int B)>(a.Count * b.Count);
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                if (a[i].Option.Candidate.Passage.Ordinal != b[j].Option.Candidate.Passage.Ordinal)
                {
                    double similarity = semantic is null ? Dice(a[i].Terms, b[j].Terms)
                        : semantic.Sentences.Similarity(SentenceRow(semantic, a[i].Option), semantic.Sentences.Row(SentenceRow(semantic, b[j].Option)));
                    pairs.Add(((a[i].Terms.Overlaps(asked) ? 1 : 0) + (b[j].Terms.Overlaps(asked) ? 1 : 0), similarity, i, j));
                }
            }
        }

        pairs.Sort((p, q) => p.Asked != q.Asked ? q.Asked.CompareTo(p.Asked) : q.Similarity.CompareTo(p.Similarity));
        var chosen = new List<(ExcerptRanking.Option, ExcerptRanking.Option)>();
        var usedA = new HashSet<int>();
        var usedB = new HashSet<int>();
        foreach (var (_, _, i, j) in pairs)
        {
            if (chosen.Count == ContrastPairs)
            {
                break;
            }

            if (!usedA.Contains(i) && !usedB.Contains(j) && a[i].Text != b[j].Text && Differ(a[i].Terms, b[j].Terms, sideTerms))
            {
                chosen.Add((a[i].Option, b[j].Option));
                usedA.Add(i);
                usedB.Add(j);
            }
        }

        return chosen;
    }

    /// <summary>
    /// The first line of the section the level heads ("### Product manager II" → "A product manager II usually leads …"):
    /// how a ladder introduces a level; for a level with a document of its own ("IC4 Machine Learning Engineer"), the
    /// document's opening line. Null when no heading names the level (levels headed only by sub-sections such as "Job Grade").
    /// </summary>
    private static ExcerptRanking.Option? LevelOpening(List<ExcerptRanking.Option> options, string level) =>
        options.Where(o => o.Sentence == 0 && Stands(o) && HeadsLevel(o.Candidate.Passage.Section, level))
            .MinBy(o => o.Candidate.Passage.Position)           // the section's first passage: a long section has several
        ?? options.Where(o => o.Candidate.Passage.Section == Passages.PassageSplitter.Introduction && Stands(o)
                && HeadsLevel(o.Candidate.Passage.DocumentTitle, level) && !ExcerptPicker.IsTitleLike(Line(o)))
            .MinBy(o => (o.Candidate.Passage.Position, o.Sentence));

    private static bool Stands(ExcerptRanking.Option o) => o.Candidate.Analysis.Sentences[o.Sentence].Tokens.Count >= ExcerptRanking.MinWords;

    private static string Line(ExcerptRanking.Option o)
    {
        var range = o.Candidate.Analysis.Sentences[o.Sentence].Range;
        return o.Candidate.Passage.Text.Substring(range.Start, range.Length);
    }

    private static bool HeadsLevel(string section, string level)
    {
        var heading = section[(section.LastIndexOf('>') + 1)..];
        return level.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => LevelWords.Number(word) is { } n
            ? LevelWords.Names(heading, n)
            : Regex.IsMatch(heading, $@"(?<!\w){Regex.Escape(word)}(?!\w)", RegexOptions.IgnoreCase));
    }

    private static HashSet<string> TermsOf(ExcerptRanking.Option option) =>
        option.Candidate.Analysis.Sentences[option.Sentence].Tokens.Select(t => t.Term).ToHashSet();

    private static int SentenceRow(Semantic.SemanticIndex semantic, ExcerptRanking.Option option) =>
        semantic.SentenceRow(option.Candidate.Passage.Ordinal, option.Sentence);

    /// <summary>The best options that can stand as a line (no fragment, no question), with their text and terms.</summary>
    private static List<(ExcerptRanking.Option Option, string Text, HashSet<string> Terms)> Usable(List<ExcerptRanking.Option> options, int take) =>
        options.Where(o => o.Candidate.Analysis.Sentences[o.Sentence].Tokens.Count >= ExcerptRanking.MinWords
                && !ExcerptPicker.IsQuestion(o.Candidate.Passage.Text, o.Candidate.Analysis.Sentences[o.Sentence]))
            .Take(take)
            .Select(o => (o, Line(o).Trim(), TermsOf(o)))
            .ToList();

    /// <summary>
    /// Some term of one line is in neither form in the other ("large" / "moderately sized"), and is not a level's name,
    /// a number or a concept token; "broader" / "broad" is the same word.
    /// </summary>
    private static bool Differ(HashSet<string> x, HashSet<string> y, HashSet<string> sideTerms)
    {
        bool Substantive(string t, HashSet<string> other) => !other.Contains(t) && !sideTerms.Contains(t) && t.Any(char.IsLetter)
            && !Index.Analysis.ConceptTokens.IsConcept(t) && !other.Any(o => o.StartsWith(t, StringComparison.Ordinal) || t.StartsWith(o, StringComparison.Ordinal));
        return x.Any(t => Substantive(t, y)) || y.Any(t => Substantive(t, x));
    }

    private static double Dice(HashSet<string> x, HashSet<string> y) =>
        x.Count + y.Count == 0 ? 0 : 2.0 * x.Count(y.Contains) / (x.Count + y.Count);

    /// <summary>
    /// A line that opens with the side's whole name as a label ("Engineer 1 (IC2): Focuses on being …", "- Senior SRE – owns
    /// …"): how a ladder's list says what a level is. Each word of the name may be the start of the document's word ("eng").
    /// </summary>
    private static ExcerptRanking.Option? LabelledLine(string label, params List<ExcerptRanking.Option>?[] sources)
    {
        var words = label.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        var name = string.Join(@"\s+", words.Select(w => LevelWords.Number(w) is not null || w.Length < 3 ? Regex.Escape(w) + @"\b" : Regex.Escape(w) + @"\w*"));
        var pattern = new Regex($@"^[\s\-*•·]*{name}\s*(?:\([^)]{{1,20}}\))?\s*(?::|\s[–—-])\s*\w", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        return sources.SelectMany(options => options ?? []).FirstOrDefault(o => pattern.IsMatch(Line(o)));
    }

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
        Func<Passages.Passage, bool>? headed = null;
        if (byLevel || rest.Any(DocumentNames.Contains))
        {
            headed = Headed(NamesByDocument.Where(d => byLevel ? own.All(d.Value.Contains) : rest.Any(d.Value.Contains)), rest);
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
                && (baseLevel ? HeadsBaseLevel(p.Section, side.Roles) : own.All(t => Holds(p, names, t)))
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
    /// The deepest heading that names the role names it with no level ("Levels > Site Reliability Engineer > Job Grade",
    /// not "… > Senior Site Reliability Engineer"): the base level's section of a ladder.
    /// </summary>
    private static bool HeadsBaseLevel(string section, IReadOnlyList<RoleDefinition> roles)
    {
        var headings = section.Split(" > ");
        for (var i = headings.Length - 1; i >= 0; i--)
        {
            var words = Regex.Split(headings[i], @"[^\w+-]+").Where(w => w.Length > 0).ToList();
            if (roles.Any(r => r.AllNames.Any(n => Regex.IsMatch(headings[i], $@"(?<!\w){Regex.Escape(n)}(?!\w)", RegexOptions.IgnoreCase))))
            {
                return !words.Any(w => LevelWords.Is(w) || LevelWords.Number(w) is not null);
            }
        }

        return false;
    }

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
