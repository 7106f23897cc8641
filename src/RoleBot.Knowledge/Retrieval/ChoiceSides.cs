using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Retrieval;

/// <summary>
/// The two options a which-of-two question ends with, whatever they are ("who approves PRs in k8s, reviewers or
/// approvers?", "who picks the scribe, the IC or the deputy?"), and the question without them ("who approves PRs in k8s").
/// </summary>
public sealed partial record ChoiceSides(string Action, string First, string Second)
{
    public static ChoiceSides? Find(string question)
    {
        var match = Options().Match(question.Trim().TrimEnd('?', '!', '.', ' '));
        return match.Success ? new ChoiceSides(match.Groups["action"].Value.Trim(), match.Groups["x"].Value, match.Groups["y"].Value) : null;
    }

    /// <summary>"&lt;action&gt;, [the] X or [the] Y" (also after " - " or ":"), each option at most four words.</summary>
    [GeneratedRegex(@"^(?<action>.+?\S)\s*(?:,|:|\s-+|\s\u2013|\s\u2014)\s*(?:(?:is\s+it|was\s+it)\s+)?(?:(?:the|a|an|every|each|our|my)\s+)?(?<x>[\w+#./'&-]+(?:\s+[\w+#./'&-]+){0,3}?)\s+or\s+(?:(?:the|a|an|every|each|our|my)\s+)?(?<y>[\w+#./'&-]+(?:\s+[\w+#./'&-]+){0,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex Options();
}
