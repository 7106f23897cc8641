using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Glossary;

/// <summary>
/// Finds roles the glossary does not know from document titles ("Login.gov: Data Analyst", "IC3 People Manager",
/// "Role of a Product Manager"), so a folder of job descriptions works without editing the glossary.
/// </summary>
public static partial class RoleDiscovery
{
    public static IReadOnlyList<RoleDefinition> FromTitles(IEnumerable<string> titles, Glossary glossary)
    {
        var found = new Dictionary<string, RoleDefinition>(StringComparer.Ordinal);
        foreach (var title in titles)
        {
            var name = RoleName(title);
            if (name is null || KnownSuffix(name, glossary))
            {
                continue;
            }

            var id = Slug().Replace(name.ToLowerInvariant(), "-").Trim('-');
            found.TryAdd(id, new RoleDefinition(id, name, []));
        }

        return found.Values.ToList();
    }

    /// <summary>"Cloud Operations Site Reliability Engineer" is the known SRE role, "Lead data engineer" the data engineer.</summary>
    private static bool KnownSuffix(string name, Glossary glossary)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var skip = 0; skip < words.Length; skip++)
        {
            var suffix = string.Join(' ', words.Skip(skip));
            if (glossary.Resolve(suffix) is not null && (skip == 0 || words.Length - skip >= 2 || glossary.Resolve(suffix)!.Aliases.Contains(suffix, StringComparer.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The role a title names: the part that ends in a role noun, without organisation prefixes or level words.</summary>
    internal static string? RoleName(string title)
    {
        foreach (var part in title.Split([":", " - ", " \u2013 ", " | ", "(", ")"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Reverse())
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            if (words.Count == 0 || !RoleNoun().IsMatch(words[^1]))
            {
                continue;
            }

            // Walk back from the role noun to the first small word ("Role of a Product Manager" -> "Product Manager").
            var start = words.Count - 1;
            while (start > 0 && !SmallWord().IsMatch(words[start - 1]) && words.Count - start < 5)
            {
                start--;
            }

            while (start < words.Count - 1 && LevelWord().IsMatch(words[start]))
            {
                start++;
            }

            var name = string.Join(' ', words.Skip(start));
            return name.Any(char.IsLetter) ? name : null;
        }

        return null;
    }

    [GeneratedRegex(@"^(engineers?|scientists?|analysts?|managers?|developers?|designers?|specialists?|architects?|directors?|administrators?|consultants?|officers?|researchers?|writers?|owners?|strategists?|testers?|recruiters?|leads?|coordinators?|technicians?|advisors?|partners?)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleNoun();

    [GeneratedRegex(@"^(of|a|an|the|at|for|in|and|vs\.?|&|\+|to|as|is)$", RegexOptions.IgnoreCase)]
    private static partial Regex SmallWord();

    [GeneratedRegex(@"^(ic\d+|m\d+|l\d+|gs-?\d+|senior|sr\.?|junior|jr\.?|staff|principal|associate|intermediate|head|chief)$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelWord();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex Slug();
}
