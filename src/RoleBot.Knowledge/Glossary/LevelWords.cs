using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Glossary;

/// <summary>
/// Words that name a level or grade rather than a role: "Senior", "Staff", "IC3", "M4", "L5", "GS-13", and in a
/// question also "level 2" / "lvl 3" / "grade 7". Role discovery strips them from titles ("IC3 People Manager" is the
/// People Manager role); a comparison reads "senior vs staff backend eng" as two levels of one role.
/// </summary>
public static partial class LevelWords
{
    public static bool Is(string word) => Level().IsMatch(word);

    /// <summary>Every word is a level word or a level number, or the side is "level 2" / "lvl III" / "grade 7".</summary>
    public static bool AreLevel(IReadOnlyList<string> words) =>
        words.Count > 0 && (words.All(w => Is(w) || Number(w) is not null) || (words.Count == 2 && Numbered().IsMatch(words[0]) && Number(words[1]) is not null));

    /// <summary>Highest level number read (default 12): ladders rarely go further, and "MIX" or "CIVIC" are not numerals.</summary>
    public const int MaxNumber = 12;

    private static readonly string[] Romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

    /// <summary>
    /// A level number written as digits or in Roman numerals ("2", "II", "iii"), 1 to <see cref="MaxNumber"/>; else null.
    /// Ladders number levels both ways ("Level II", "Engineer 2"), and the analyzer keeps neither "I" nor a lone digit
    /// as a word worth matching, so levels are matched on the heading's text.
    /// </summary>
    public static int? Number(string word)
    {
        if (word.Length is > 0 and <= 2 && word.All(char.IsAsciiDigit))
        {
            var value = int.Parse(word, System.Globalization.CultureInfo.InvariantCulture);
            return value is >= 1 and <= MaxNumber ? value : null;
        }

        var roman = Array.FindIndex(Romans, r => string.Equals(r, word, StringComparison.OrdinalIgnoreCase));
        return roman >= 0 ? roman + 1 : null;
    }

    /// <summary>Whether <paramref name="heading"/> holds level number <paramref name="number"/> as a word, in digits or Roman numerals.</summary>
    public static bool Names(string heading, int number) =>
        Regex.IsMatch(heading, $@"(?<![\w.-])({number}|{Romans[number - 1]})(?![\w.-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether <paramref name="heading"/> names the coded level <paramref name="level"/> ("ic5", "L4", "em-2") however
    /// it writes it: "IC5", "IC-5" or "IC 5". False when <paramref name="level"/> is no coded level.
    /// </summary>
    public static bool NamesCoded(string heading, string level)
    {
        var code = Coded().Match(level);
        return code.Success && Regex.IsMatch(heading, $@"(?<![\w.-]){code.Groups[1].Value}[- ]?0*{code.Groups[2].Value}(?![\w.-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>"IC 5" or "ic-5" written as one word, "ic5", where it is a level; other text unchanged.</summary>
    public static string Glued(string words) =>
        CodedApart().Replace(words, m => Is($"{m.Groups[1].Value}{m.Groups[2].Value}") ? $"{m.Groups[1].Value}{m.Groups[2].Value}" : m.Value);

    /// <summary>
    /// A ladder's own code for a level, whatever its letters stand for ("D6", "P-3", "SE2"), as its letters and its
    /// number; null otherwise. Wider than <see cref="Is"/>: only where the documents head sections with it is it a level.
    /// </summary>
    public static (string Letters, string Number)? LadderCode(string word) =>
        AnyCode().Match(word.Trim()) is { Success: true } m ? (m.Groups[1].Value.ToLowerInvariant(), m.Groups[2].Value) : null;

    [GeneratedRegex(@"^([A-Za-z]{1,3})-?(\d{1,2})$")]
    private static partial Regex AnyCode();

    [GeneratedRegex(@"^(ic|em|gs|m|l|e)-?(\d{1,2})$", RegexOptions.IgnoreCase)]
    private static partial Regex Coded();

    [GeneratedRegex(@"\b(ic|em|gs|m|l|e)[- ](\d{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex CodedApart();

    [GeneratedRegex(@"^(ic-?\d+|m-?\d+|l-?\d+|e-?\d+|em-?\d+|gs-?\d+|senior|sr\.?|junior|jr\.?|staff|principal|associate|intermediate|head|chief)$", RegexOptions.IgnoreCase)]
    private static partial Regex Level();

    // "IC 5" as two words, as some ladders head their levels.
    [GeneratedRegex(@"^(level|lvl|grade|band|tier|ic)$", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();
}
