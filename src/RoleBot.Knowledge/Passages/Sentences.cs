using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Passages;

/// <summary>A sentence (or a list item) of a passage, as offsets into <see cref="Passage.Text"/>.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;
}

/// <summary>Splits passage text into sentences; each line (a paragraph or list item) is split on sentence ends.</summary>
public static partial class Sentences
{
    public static List<TextRange> Split(string text)
    {
        var ranges = new List<TextRange>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var start = lineStart;
            foreach (Match end in SentenceEnd().Matches(text[lineStart..lineEnd]))
            {
                var stop = lineStart + end.Index + 1;
                if (!IsAbbreviation(text, lineStart, stop) && !InsideParentheses(text, start, stop, lineEnd))
                {
                    Add(ranges, text, start, stop);
                    start = stop;
                }
            }

            Add(ranges, text, start, lineEnd);
            lineStart = lineEnd + 1;
        }

        return ranges;
    }

    private static void Add(List<TextRange> ranges, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            ranges.Add(new TextRange(start, end));
        }
    }

    /// <summary>
    /// A stop inside a parenthesis that closes later on the line ("(e.g. "server on fire" situations. Security alerts) -
    /// do so.") ends no sentence: split there, the rest read as a fragment ("Security alerts) - do so.").
    /// </summary>
    private static bool InsideParentheses(string text, int sentenceStart, int stop, int lineEnd)
    {
        var depth = 0;
        for (var i = sentenceStart; i < stop; i++)
        {
            depth += text[i] == '(' ? 1 : text[i] == ')' && depth > 0 ? -1 : 0;
        }

        return depth > 0 && text.IndexOf(')', stop, lineEnd - stop) >= 0;
    }

    /// <summary>"e.g.", "etc.", "vs.", "Dr." and single initials do not end a sentence.</summary>
    private static bool IsAbbreviation(string text, int lineStart, int stop)
    {
        var wordStart = stop - 1;
        while (wordStart > lineStart && !char.IsWhiteSpace(text[wordStart - 1]))
        {
            wordStart--;
        }

        var word = text[wordStart..stop].TrimStart('(').ToLowerInvariant();
        return word is "e.g." or "i.e." or "etc." or "vs." or "dr." or "mr." or "ms." or "mrs." or "inc." or "no." or "approx." or "cf."
            || (word.Length == 2 && char.IsLetter(word[0]));
    }

    // A sentence ends at . ! ? followed by a space and an upper-case letter, digit or quote.
    [GeneratedRegex(@"[.!?](?=\s+[\p{Lu}\d""“‘(])")]
    private static partial Regex SentenceEnd();
}
