using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Answers;

/// <summary>Whether an excerpt states a negative ("do not need", "isn't required"), for the "No" verdict.</summary>
internal static partial class NegationCheck
{
    public static bool Negates(string excerpt) => Negative().IsMatch(excerpt);

    /// <summary>
    /// The passage's own heading says its lines are what a role does *not* do ("Responsibilities not expected", "Not
    /// Responsibilities", "What the role is not", "Out of scope"): every line under it is a limit.
    /// </summary>
    public static bool NegatingHeading(string section) => NegativeHeading().IsMatch(section[(section.LastIndexOf('>') + 1)..]);

    [GeneratedRegex(@"\bnot\b|\bnon-|\bout\s+of\s+scope\b|\bdon'?ts\b|\banti-?patterns?\b|\bavoid\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegativeHeading();

    [GeneratedRegex(@"\b(do(es)?\s+not|don't|doesn't|never|no\s+need|not\s+(required|needed|necessary|expected)|isn't|aren't|without)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();
}
