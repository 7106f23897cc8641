using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>
/// Every word the knowledge uses (plus question words), for correcting typos in questions:
/// "dose a machine lerning enginer need spark" becomes "does a machine learning engineer need spark".
/// </summary>
public sealed partial class Vocabulary
{
    private static readonly string[] QuestionWords =
    [
        "what", "does", "do", "did", "should", "would", "could", "which", "who", "whom", "whose", "how", "why", "when", "where",
        "need", "needs", "use", "uses", "know", "knows", "require", "requires", "difference", "differences", "between", "versus",
        "compare", "comparison", "role", "roles", "engineer", "engineers", "scientist", "scientists", "skills", "tools", "responsibilities",
        "about", "their", "there", "they", "have", "with", "from", "than", "then", "that", "this", "these", "those", "other", "both",
    ];

    /// <summary>
    /// Texts per thread below which <see cref="AddTexts"/> counts on one thread: a smaller share does not pay for
    /// the merge (the default knowledge's 150 texts are counted on one).
    /// </summary>
    internal const int MinTextsPerShare = 1024;

    /// <summary>
    /// Each word's count, in the order words first occur (a dictionary never removed from enumerates in insertion
    /// order): <see cref="Seal"/> lists words in this order, which settles ties between equally good corrections.
    /// </summary>
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<string>> _byLength = [];

    /// <summary>Every word with its count, in the order words first occurred.</summary>
    internal IEnumerable<KeyValuePair<string, int>> Counts => _counts;

    /// <summary>
    /// As <see cref="AddText"/> for each text in turn, on up to <paramref name="threads"/> threads (by default one per
    /// core): each counts a contiguous share of the texts, and the shares are merged in order, so the words keep the
    /// order they first occur in and the counts are the same as counted on one thread.
    /// </summary>
    public void AddTexts(IReadOnlyList<string> texts, int? threads = null)
    {
        var count = Math.Max(1, Math.Min(threads ?? Environment.ProcessorCount, texts.Count / MinTextsPerShare));
        if (count == 1)
        {
            foreach (var text in texts)
            {
                AddText(text);
            }

            return;
        }

        var shares = new Vocabulary[count];
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count }, share =>
        {
            shares[share] = new Vocabulary();
            for (var i = texts.Count * share / count; i < texts.Count * (share + 1) / count; i++)
            {
                shares[share].AddText(texts[i]);
            }
        });
        foreach (var share in shares)
        {
            foreach (var (word, wordCount) in share._counts)
            {
                _counts[word] = _counts.GetValueOrDefault(word) + wordCount;
            }
        }
    }

    public void AddText(string text)
    {
        // Span-based: no Match objects and no string per word already known (index build speed).
        var lookup = _counts.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> lower = stackalloc char[64];
        for (var start = 0; start < text.Length;)
        {
            var end = WordEnd(text, start);
            if (end == start)
            {
                start++;
                continue;
            }

            if (end - start <= lower.Length)                     // longer is not a word anyone types
            {
                var word = lower[..(end - start)];
                text.AsSpan(start, end - start).ToLowerInvariant(word);
                lookup[word] = lookup.TryGetValue(word, out var count) ? count + 1 : 1;
            }

            start = end;
        }
    }

    /// <summary>
    /// Where the word starting at <paramref name="start"/> ends (<paramref name="start"/> when none starts there): a
    /// letter, then letters, digits and apostrophes, as <see cref="Word"/> matches. Scanned by hand because the shared
    /// regex made counting 3-4 times slower, and slower still on several threads at once.
    /// </summary>
    internal static int WordEnd(string text, int start)
    {
        if (!char.IsLetter(text[start]))
        {
            return start;
        }

        var end = start + 1;
        while (end < text.Length && (char.IsLetter(text[end]) || char.IsNumber(text[end]) || text[end] == '\''))
        {
            end++;
        }

        return end;
    }

    public Vocabulary Seal()
    {
        foreach (var word in QuestionWords)
        {
            _counts[word] = _counts.GetValueOrDefault(word) + 1;
        }

        foreach (var word in _counts.Keys)
        {
            if (!_byLength.TryGetValue(word.Length, out var list))
            {
                _byLength[word.Length] = list = [];
            }

            list.Add(word);
        }

        return this;
    }

    public int Count => _counts.Count;

    public bool Contains(string word) => _counts.ContainsKey(word);

    /// <summary>
    /// The corrected question and whether anything changed. Only words of four or more letters that the knowledge
    /// never uses and that are not common English words are corrected: one edit for words up to seven letters, two for longer words.
    /// </summary>
    public (string Text, bool Changed) Correct(string question)
    {
        var changed = false;
        var corrected = Word().Replace(question, match =>
        {
            var word = match.Value.ToLowerInvariant();
            // "sev1" where the documents write "SEV-1": the word the knowledge has and its number, apart.
            if (LettersThenNumber().Match(word) is { Success: true } code && !_counts.ContainsKey(word) && _counts.ContainsKey(code.Groups[1].Value))
            {
                changed = true;
                return $"{match.Value[..code.Groups[1].Length]}-{match.Value[code.Groups[1].Length..]}";
            }

            if (word.Length < 4 || word.Any(char.IsDigit) || word.Contains('\'') || _counts.ContainsKey(word) || IsInflectionOfKnown(word)
                || EnglishWords.Contains(word) || EnglishWords.ContainsInflected(word)) // a real word the knowledge lacks is not a typo of one it has
            {
                return match.Value;
            }

            // Chat drops the g of "-ing" ("tweakin", "workin"): the full word when English or the knowledge has it.
            if (word.Length >= 5 && word.EndsWith("in", StringComparison.Ordinal) && (EnglishWords.Contains(word + "g") || _counts.ContainsKey(word + "g")))
            {
                changed = true;
                return match.Value + "g";
            }

            var best = Suggest(word);
            if (best is null)
            {
                return match.Value;
            }

            changed = true;
            return best;
        });
        return (corrected, changed);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^([a-z]{2,})(\d{1,2})$")]
    private static partial System.Text.RegularExpressions.Regex LettersThenNumber();

    /// <summary>
    /// Whether <paramref name="word"/> is a name the knowledge has never seen — a product, tool or term such as
    /// "Terraform" or "MLOps" — rather than a typo, an inflection or an everyday English word: it is absent from the
    /// knowledge and (unless capitalised) from the English word list, and no word of the knowledge is within two edits of it. Acronyms count
    /// from three letters when written in capitals ("VPN"), other words from four.
    /// </summary>
    public bool IsUnknownName(string word)
    {
        var lower = word.ToLowerInvariant();
        var acronym = word.Length >= 3 && word.All(char.IsAsciiLetterUpper);
        // A capitalised word is a name even when it is also an English word ("Berlin", "Looker"); a lower-case one only
        // when the English word list does not know it.
        var capitalised = char.IsUpper(word[0]);
        if ((lower.Length < 4 && !acronym) || !lower.All(char.IsAsciiLetterLower) || _counts.ContainsKey(lower)
            || IsInflectionOfKnown(lower) || (!capitalised && EnglishWords.Contains(lower)))
        {
            return false;
        }

        if (acronym)
        {
            return true;                                         // capitals are typed on purpose; short words are near everything
        }

        for (var length = lower.Length - 2; length <= lower.Length + 2; length++)
        {
            if (_byLength.TryGetValue(length, out var candidates) && candidates.Exists(c => EditDistance.Damerau(lower, c, 2) <= 2))
            {
                return false;                                    // likely a typo of a word the knowledge has
            }
        }

        return true;
    }

    private bool IsInflectionOfKnown(string word) =>
        (word.EndsWith('s') && _counts.ContainsKey(word[..^1]))
        || (word.EndsWith("es", StringComparison.Ordinal) && _counts.ContainsKey(word[..^2]))
        || (word.EndsWith("ing", StringComparison.Ordinal) && _counts.ContainsKey(word[..^3]))
        || (word.EndsWith("ed", StringComparison.Ordinal) && _counts.ContainsKey(word[..^2]))
        || _counts.ContainsKey(word + "s");

    /// <summary>A word: a letter, then letters, digits and apostrophes.</summary>
    [GeneratedRegex(@"\p{L}[\p{L}\p{N}']*")]
    internal static partial Regex Word();
}
