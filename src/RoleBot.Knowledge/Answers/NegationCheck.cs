using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Answers;

/// <summary>Whether an excerpt states a negative ("do not need", "isn't required"), for the "No" verdict.</summary>
internal static partial class NegationCheck
{
    public static bool Negates(string excerpt) => Negative().IsMatch(excerpt);

    [GeneratedRegex(@"\b(do(es)?\s+not|don't|doesn't|never|no\s+need|not\s+(required|needed|necessary|expected)|isn't|aren't|without)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Negative();
}
