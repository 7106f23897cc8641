using RoleBot.Knowledge.Index;
using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

/// <summary>
/// Picks the sentence (or two) of a passage that best answers the question, as an exact substring of the passage,
/// with the matched words marked.
/// </summary>
internal static partial class ExcerptPicker
{
    /// <summary>Longest excerpt in characters (default 400); longer sentences are cut at a word boundary.</summary>
    public const int MaxExcerptChars = 400;

    /// <summary>
    /// Weight of a sentence's cosine similarity to the question above <see cref="SentenceFloor"/>, in units of the
    /// question's whole topic weight per 0.1 of cosine (default 0.25): a sentence that says what was asked in other words
    /// can beat one that repeats the question's words.
    /// </summary>
    public const double SentenceSemanticWeight = 2.5;

    /// <summary>Sentence cosine similarity that earns no semantic credit (default 0.40).</summary>
    public const double SentenceFloor = 0.40;

    /// <summary>Cosine similarity at which a sentence is quotable even without a topic word (default 0.60, calibrated in README).</summary>
    public const double SentenceAccept = 0.60;

    /// <param name="Similarity">Cosine similarity of the chosen sentence to the question (0 in lexical mode).</param>
    public sealed record Pick(Excerpt Excerpt, AnalyzedSentence Sentence, double MatchWeight, bool MentionsRole, double Quality)
    {
        public float Similarity { get; init; }

        /// <summary>The chosen sentence is itself a question ("What would you do if ...?"): never evidence for a verdict.</summary>
        public bool IsQuestion { get; init; }

        /// <summary>Says something about the topic: a topic word, or (hybrid mode) close enough in meaning.</summary>
        public bool Quotable => MatchWeight > 0 || Similarity >= SentenceAccept;
    }

    public static Pick Choose(Candidate candidate, IReadOnlyList<QueryTerm> topic, double[] weights, IReadOnlyList<string> roleIds)
    {
        var sentences = candidate.Analysis.Sentences;
        var best = 0;
        var bestScore = double.MinValue;
        var bestWeight = 0.0;
        var average = weights.Length == 0 ? 1.0 : weights.Average();
        var total = weights.Length == 0 ? 1.0 : weights.Sum();
        var similarities = candidate.SentenceSimilarity;
        var topicTerms = topic.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var weight = MatchedWeight(sentence, topic, weights, candidate.Analysis.HeadingTerms);
            var mentionsAsked = sentence.RoleIds.Any(roleIds.Contains);
            var onlyAsked = mentionsAsked && sentence.RoleIds.All(roleIds.Contains);
            var mentionsOther = sentence.RoleIds.Count > 0 && !mentionsAsked && roleIds.Count > 0;
            // A sentence leaning on the one before is quoted with it when they share a line; only alone is it weak.
            var dangling = LeansOnContext(candidate.Passage.Text, sentence) && !CanJoinPrevious(candidate.Passage.Text, sentences, i);

            // A sentence that matches the topic always beats one that does not; among those, naming only the asked role
            // helps most, naming only another role hurts, and a contentful sentence beats a pointer ("see the other page").
            // Words beyond the question's own are what a sentence adds: "the challenges vary" restates, a list answers.
            var novel = sentence.Tokens.Count(t => !topicTerms.Contains(t.Term));
            var semantic = i < similarities.Length ? SentenceSemanticWeight * total * Math.Max(0, similarities[i] - SentenceFloor) : 0;
            var asks = IsQuestion(candidate.Passage.Text, sentence);
            var score = ((weight + semantic) * (1 + (onlyAsked ? 0.5 : mentionsAsked ? 0.15 : 0) - (mentionsOther ? 0.25 : 0) - (dangling ? 0.3 : 0) - (asks ? 0.5 : 0)))
                + (0.01 * average * Math.Min(novel, 12))
                + (mentionsAsked ? 0.05 * average : 0)
                - (0.005 * i);                                  // earlier sentences win ties: they tend to define
            if (topic.Count == 0 && i == 0)
            {
                score += average;                               // an overview question: the passage's opening sentence
            }

            if (score > bestScore)
            {
                best = i;
                bestScore = score;
                bestWeight = weight;
            }
        }

        return Build(candidate, best, topic, roleIds, bestWeight, ShortSentenceChars);
    }

    /// <summary>A sentence shorter than this (default 60 characters) is quoted with the next one of its line.</summary>
    public const int ShortSentenceChars = 60;

    /// <summary>
    /// The excerpt around sentence <paramref name="index"/>: with the sentence before when it leans on it, with the list
    /// a lead-in (":") introduces, and with following sentences of its line until <paramref name="minChars"/> is reached.
    /// </summary>
    public static Pick Build(Candidate candidate, int index, IReadOnlyList<QueryTerm> topic, IReadOnlyList<string> roleIds, double matchWeight, int minChars)
    {
        var sentences = candidate.Analysis.Sentences;
        var chosen = sentences[index];
        var start = chosen.Range.Start;
        var end = chosen.Range.End;
        var text = candidate.Passage.Text;

        // A sentence that leans on the one before ("These skills ...") is quoted with it, so it reads on its own.
        // Not when the two together overrun the limit: the cut would then fall in the chosen sentence, losing what it says.
        if (LeansOnContext(text, chosen) && CanJoinPrevious(text, sentences, index) && chosen.Range.End - sentences[index - 1].Range.Start <= MaxExcerptChars)
        {
            start = sentences[index - 1].Range.Start;
        }

        // A short sentence: add the next ones of its line (never across a line: list items stand alone).
        var last = index;
        while (text[end - 1] != ':' && last + 1 < sentences.Count && end - start < minChars
               && sentences[last + 1].Range.End - start <= MaxExcerptChars
               && !text.AsSpan(end, sentences[last + 1].Range.Start - end).Contains('\n'))
        {
            end = sentences[++last].Range.End;
        }

        // A lead-in ("The core duties are:", "At this level, you'll be expected to:") says little alone: add what it
        // introduces, up to two list items.
        if (text[end - 1] == ':')
        {
            for (var next = last + 1; next < sentences.Count && next <= last + 2 && sentences[next].Range.End - start <= MaxExcerptChars; next++)
            {
                end = sentences[next].Range.End;
            }
        }

        if (end - start > MaxExcerptChars)
        {
            var cut = text.LastIndexOf(' ', start + MaxExcerptChars, MaxExcerptChars);
            end = cut > start ? cut : start + MaxExcerptChars;
        }

        var highlights = new List<Highlight>();
        var terms = topic.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                if (token.Start >= start && token.End <= end && terms.Contains(token.Term)
                    && !highlights.Exists(h => h.Start == token.Start - start))
                {
                    highlights.Add(new Highlight(token.Start - start, token.End - token.Start));
                }
            }
        }

        highlights.Sort((a, b) => a.Start.CompareTo(b.Start));
        var excerpt = new Excerpt(text[start..end], start, RemoveOverlaps(highlights));
        var quality = (chosen.RoleIds.Any(roleIds.Contains) ? 1 : 0) + (Math.Min(chosen.Tokens.Count, 15) / 15.0) - (LeansOnContext(text, chosen) ? 1 : 0);
        var similarities = candidate.SentenceSimilarity;
        return new Pick(excerpt, chosen, matchWeight, chosen.RoleIds.Any(roleIds.Contains), quality)
        {
            Similarity = index < similarities.Length ? similarities[index] : 0,
            IsQuestion = IsQuestion(text, chosen),
        };
    }

    /// <summary>A sentence ending in "?" asks rather than tells (interview lists, FAQs' headings).</summary>
    internal static bool IsQuestion(string text, AnalyzedSentence sentence) =>
        text.AsSpan(sentence.Range.Start, sentence.Range.Length).TrimEnd(" \"')”".AsSpan()).EndsWith("?", StringComparison.Ordinal);

    /// <summary>
    /// A line written like a title ("Dropbox Engineering Career Framework", "IC1 Software Engineer"): every word
    /// capitalised but for short joining words, no closing punctuation. Menus and headings kept as text, not statements.
    /// </summary>
    internal static bool IsTitleLike(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || ".!?:;".Contains(trimmed[^1], StringComparison.Ordinal))
        {
            return false;
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsLetter(w[0])).ToList();
        return words.Count >= 2 && words.All(w => char.IsUpper(w[0]) || JoiningWords.Contains(w));
    }

    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal) { "a", "an", "and", "the", "of", "for", "in", "on", "to", "at", "&" };

    internal static bool CanJoinPrevious(string text, IReadOnlyList<AnalyzedSentence> sentences, int i) =>
        i > 0 && !text.AsSpan(sentences[i - 1].Range.End, sentences[i].Range.Start - sentences[i - 1].Range.End).Contains('\n');

    /// <summary>
    /// A sentence opening with "This", "These", "They", "It" or "See", or pointing back within its first words
    /// ("Examples of such sources are …", "Many of these tools …"), needs its neighbours to make sense when quoted.
    /// </summary>
    internal static bool LeansOnContext(string text, AnalyzedSentence sentence)
    {
        var opening = text.AsSpan(sentence.Range.Start, Math.Min(8, sentence.Range.Length));
        foreach (var word in ContextWords)
        {
            if (opening.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return PointsBackEarly().IsMatch(text.AsSpan(sentence.Range.Start, Math.Min(48, sentence.Range.Length)));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*(?:[\w-]+\s+){1,3}(?:such|these|those|them)\b(?!\s+(?:as|days)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PointsBackEarly();

    private static readonly string[] ContextWords = ["This ", "These ", "They ", "It ", "Its ", "See ", "Such ", "Those ", "That ", "Both "];

    /// <summary>
    /// Topic weight a sentence carries: a term in the sentence counts fully (a synonym's concept alone counts 0.8, the
    /// word as asked 1.0); a term only in the section heading (or the document's name, when given) counts three quarters,
    /// since the heading makes the passage about it.
    /// </summary>
    internal static double MatchedWeight(AnalyzedSentence sentence, IReadOnlyList<QueryTerm> topic, double[] weights, IReadOnlySet<string> headingTerms,
        IReadOnlySet<string>? documentTerms = null)
    {
        var weight = 0.0;
        for (var i = 0; i < topic.Count; i++)
        {
            var found = 0.0;
            foreach (var token in sentence.Tokens)
            {
                if (token.Term == topic[i].Term)
                {
                    found = 1.0;
                    break;
                }
            }

            if (found > 0 && topic[i].Exact.Count > 0 && !topic[i].Exact.All(e => sentence.Tokens.Any(t => t.Term == e)))
            {
                found = 0.8;
            }

            weight += found > 0 ? found * weights[i]
                : headingTerms.Contains(topic[i].Term) || (documentTerms?.Contains(topic[i].Term) ?? false) ? 0.75 * weights[i]
                : 0;
        }

        return weight;
    }

    /// <summary>A concept token spans the words it stands for; keep the wider range when marks overlap.</summary>
    private static List<Highlight> RemoveOverlaps(List<Highlight> sorted)
    {
        var result = new List<Highlight>(sorted.Count);
        foreach (var h in sorted)
        {
            if (result.Count > 0 && h.Start < result[^1].Start + result[^1].Length)
            {
                var last = result[^1];
                var end = Math.Max(last.Start + last.Length, h.Start + h.Length);
                result[^1] = new Highlight(last.Start, end - last.Start);
            }
            else
            {
                result.Add(h);
            }
        }

        return result;
    }
}
