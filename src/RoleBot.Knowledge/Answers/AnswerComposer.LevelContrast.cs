using System.Text.RegularExpressions;
using RoleBot.Knowledge.Glossary;
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
}
