using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Documents;

/// <summary>Whitespace and template clean-up shared by the formats.</summary>
internal static partial class TextCleanup
{
    /// <summary>Collapses runs of whitespace (including non-breaking spaces) to one space and trims.</summary>
    public static string Normalize(string text) =>
        IsNormal(text) ? text : Whitespace().Replace(text.Replace('\u00A0', ' '), " ").Trim();

    /// <summary>
    /// Whether <paramref name="text"/> has nothing to collapse or trim: its only whitespace is single spaces between
    /// other characters, as in most blocks. The regex would replace every such space with itself (a load's largest cost
    /// after parsing).
    /// </summary>
    private static bool IsNormal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || i == 0 || i == text.Length - 1 || text[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Removes Liquid ({% %}, {{ }}) and ERB (&lt;% %&gt;) tags that templated pages leave behind.</summary>
    public static string StripTemplateTags(string text) => TemplateTag().Replace(text, " ");

    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    /// <summary>
    /// How many lower-case words <paramref name="candidate"/> shares with the file name: formats pick a page's title by it
    /// ("dropbox-data-engineer-ic3.txt" names "IC3 Data Engineer").
    /// </summary>
    public static int SharedWithFileName(string candidate, string sourcePath)
    {
        var nameWords = LowerWords(Path.GetFileNameWithoutExtension(sourcePath)).ToHashSet();
        return LowerWords(candidate).Distinct().Count(nameWords.Contains);
    }

    private static IEnumerable<string> LowerWords(string text) => LowerWord().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"[a-z0-9]+")]
    private static partial Regex LowerWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\{%.*?%\}|\{\{.*?\}\}|<%.*?%>", RegexOptions.Singleline)]
    private static partial Regex TemplateTag();
}
