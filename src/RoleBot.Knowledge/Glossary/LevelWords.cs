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

    /// <summary>Every word is a level word, or the side is "level 2" / "lvl 3" / "grade 7".</summary>
    public static bool AreLevel(IReadOnlyList<string> words) =>
        words.Count > 0 && (words.All(Is) || (words.Count == 2 && Numbered().IsMatch(words[0]) && words[1].All(char.IsDigit)));

    [GeneratedRegex(@"^(ic\d+|m\d+|l\d+|e\d+|em\d+|gs-?\d+|senior|sr\.?|junior|jr\.?|staff|principal|associate|intermediate|head|chief)$", RegexOptions.IgnoreCase)]
    private static partial Regex Level();

    [GeneratedRegex(@"^(level|lvl|grade|band|tier)$", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();
}
