using RoleBot.Knowledge.Documents;
using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Retrieval;
using YamlDotNet.Serialization;

namespace RoleBot.Knowledge.Answers;

/// <summary>An answer an expert wrote or approved, quoted verbatim before the usual cited excerpts.</summary>
/// <param name="Source">The file, relative to the knowledge folder (answers/who-approves-prs.md).</param>
public sealed record CuratedAnswer(string Source, IReadOnlyList<string> Questions, string Text, string? Owner, DateTimeOffset? Updated, IReadOnlyList<string> Sources)
{
    /// <summary>"Answer from Dana Lee, updated 2026-11-30" — how every channel labels it.</summary>
    public string Label => $"Answer from {Owner ?? "the team"}" + (Updated is { } updated ? $", updated {CitationLabel.Date(updated)}" : "");
}

/// <summary>
/// Curated answers from <c>knowledge/answers/*.md</c> (front matter <c>questions:</c>, <c>owner</c>, <c>updated</c>,
/// <c>sources</c>; the body is the answer). A question close enough to one of an answer's question variants gets that
/// answer first: by meaning (cosine of question vectors) in hybrid mode, by shared words in either mode.
/// </summary>
public sealed class CuratedAnswers
{
    public const string FolderName = "answers";

    /// <summary>
    /// Cosine similarity of two questions' vectors at which they ask the same thing (default 0.85): paraphrases of one
    /// question scored 0.85–0.91 with arctic-xs, different questions about one role up to 0.82 ("does an MLE need
    /// Spark?" / "what does an ML engineer do?").
    /// </summary>
    public const double MinSimilarity = 0.85;

    /// <summary>Share of the longer question's content terms both share, in lexical matching (default 0.75, at least 2 terms).</summary>
    public const double MinOverlap = 0.75;

    /// <summary>Longest curated answer quoted, in characters (default 2,000); longer ones are skipped with a warning.</summary>
    public const int MaxAnswerChars = 2000;

    private readonly List<(CuratedAnswer Answer, HashSet<string> Terms, float[]? Vector)> _variants = [];

    public static CuratedAnswers None { get; } = new([]);

    private CuratedAnswers(IReadOnlyList<CuratedAnswer> answers) => All = answers;

    public IReadOnlyList<CuratedAnswer> All { get; }

    /// <summary>Reads every answers/*.md; a file without questions or text is a warning, never a failure.</summary>
    public static (CuratedAnswers Answers, List<LoadWarning> Warnings) Load(string folder)
    {
        var warnings = new List<LoadWarning>();
        var directory = Path.Combine(folder, FolderName);
        if (!Directory.Exists(directory))
        {
            return (None, warnings);
        }

        var answers = new List<CuratedAnswer>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.md").Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file);
            try
            {
                var (header, body) = SplitFrontMatter(System.Text.Encoding.UTF8.GetString(KnowledgeFile.ReadAtMost(file, MaxAnswerChars * 4)));
                var text = body.Trim();
                var questions = header?.Questions?.Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => q.Trim()).ToList() ?? [];
                if (questions.Count == 0 || text.Length == 0 || text.Length > MaxAnswerChars)
                {
                    var why = questions.Count == 0 ? "it has no questions: in its front matter" : text.Length == 0 ? "it has no answer text" : $"the answer is over {MaxAnswerChars:N0} characters";
                    warnings.Add(new LoadWarning(relative, $"curated answer skipped: {why}"));
                    continue;
                }

                var updated = DateTimeOffset.TryParse(header!.Updated, System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ? date : (DateTimeOffset?)null;
                answers.Add(new CuratedAnswer(relative.Replace('\\', '/'), questions, text, string.IsNullOrWhiteSpace(header.Owner) ? null : header.Owner.Trim(), updated, header.Sources ?? []));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or YamlDotNet.Core.YamlException or InvalidDataException)
            {
                warnings.Add(new LoadWarning(relative, $"curated answer skipped: {ex.Message.Split('\n')[0]}"));
            }
        }

        return (new CuratedAnswers(answers), warnings);
    }

    /// <summary>Prepares each question variant for matching: its content terms and, in hybrid mode, its vector.</summary>
    internal CuratedAnswers Prepare(QuestionParser parser, Semantic.ITextEmbedder? embedder)
    {
        foreach (var answer in All)
        {
            foreach (var question in answer.Questions)
            {
                var parsed = parser.Parse(question);
                _variants.Add((answer, Terms(parsed), embedder?.EmbedQuery(parsed.SemanticText)));
            }
        }

        return this;
    }

    /// <summary>The curated answer the question asks for, if one is close enough.</summary>
    internal CuratedAnswer? Match(ParsedQuestion question, Semantic.ITextEmbedder? embedder)
    {
        if (_variants.Count == 0)
        {
            return null;
        }

        var terms = Terms(question);
        var vector = embedder?.EmbedQuery(question.SemanticText);
        CuratedAnswer? best = null;
        var bestScore = 0.0;
        foreach (var (answer, variantTerms, variantVector) in _variants)
        {
            var shared = terms.Count(variantTerms.Contains);
            var overlap = shared >= 2 ? (double)shared / Math.Max(terms.Count, variantTerms.Count) : 0;
            var similarity = vector is not null && variantVector is not null ? System.Numerics.Tensors.TensorPrimitives.Dot(vector, variantVector) : 0;
            var score = Math.Max(overlap >= MinOverlap ? overlap : 0, similarity >= MinSimilarity ? similarity : 0);
            if (score > bestScore)
            {
                best = answer;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>What a question asks about: its topic terms and the roles it names.</summary>
    private static HashSet<string> Terms(ParsedQuestion question) =>
        [.. question.Topic.Select(t => t.Term), .. question.Roles.Select(r => ConceptTokens.ForRole(r.Id))];

    private static (Header? Header, string Body) SplitFrontMatter(string content)
    {
        content = content.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!content.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (null, content);
        }

        var end = content.IndexOf("\n---", 4, StringComparison.Ordinal);
        if (end < 0)
        {
            return (null, content);
        }

        var yaml = content[4..end];
        var afterFence = content.IndexOf('\n', end + 4);
        var body = afterFence < 0 ? "" : content[(afterFence + 1)..];
        var header = new DeserializerBuilder().IgnoreUnmatchedProperties().Build().Deserialize<Header?>(yaml);
        return (header, body);
    }

    private sealed class Header
    {
        [YamlMember(Alias = "questions")]
        public List<string>? Questions { get; set; }

        [YamlMember(Alias = "owner")]
        public string? Owner { get; set; }

        [YamlMember(Alias = "updated")]
        public string? Updated { get; set; }

        [YamlMember(Alias = "sources")]
        public List<string>? Sources { get; set; }
    }
}
