using System.Text.RegularExpressions;
using RoleBot.Knowledge.Glossary;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>Levels written with a role's acronym or a code ("EM1", "IC5"): read as the ladders write them.</summary>
public sealed partial class QuestionParser
{
    private Dictionary<string, string>? _acronymNames;

    /// <summary>
    /// "EM1 vs EM2", "PM 2": a role's acronym with a level number is written out ("Engineering Manager 1"), the way
    /// ladders label their levels, so the level comparison finds each level's own line. Other acronyms with a
    /// number ("IC3", "L5", "M3") are levels already and stay, "IC" even where the documents also define an Incident
    /// Commander (IC): every ladder that writes "IC 5" means the individual-contributor level.
    /// </summary>
    private string WithLevelledAcronymsSpelledOut(string question)
    {
        if (!LevelledAcronym().IsMatch(question))
        {
            return question;
        }

        _acronymNames ??= glossary.Roles
            .SelectMany(r => r.Aliases.Where(a => a.Length is >= 2 and <= 4 && a.All(char.IsAsciiLetter)).Select(a => (Alias: a, r.Name)))
            .GroupBy(a => a.Alias, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(a => a.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.OrdinalIgnoreCase);
        return LevelledAcronym().Replace(question, m => !m.Groups["acr"].Value.Equals("IC", StringComparison.OrdinalIgnoreCase)
                && _acronymNames.TryGetValue(m.Groups["acr"].Value, out var name)
            ? $"{name} {m.Groups["n"].Value}"
            : m.Value);
    }

    /// <summary>A level's number right after a word: "-5", " 5", "5".</summary>
    [GeneratedRegex(@"\G[- ]?\d+\b")]
    private static partial Regex LevelNumberAfter();

    [GeneratedRegex(@"\b(?<acr>[A-Z]{2,4})\s?(?<n>[1-9])\b")]
    private static partial Regex LevelledAcronym();
}
