using RoleBot.Knowledge.Answers;

namespace RoleBot.Channels.Teams;

/// <summary>The buttons an answer offers: "compare with the other role" and suggested questions (at most 4 in all).</summary>
internal static class AnswerActions
{
    public const int MaxFollowUps = 4;

    public static IEnumerable<(string Title, string Question)> FollowUps(Answer answer)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var items = new List<(string, string)>();
        if (answer.OtherRole is { } other && answer.CompareQuestion is { } question)
        {
            seen.Add(question);
            items.Add(($"Compare with {other}", question));
        }

        foreach (var suggestion in answer.Suggestions)
        {
            // The compare button already asks for this difference.
            var sameComparison = answer.OtherRole is { } o && items.Count > 0
                && suggestion.Contains("difference", StringComparison.OrdinalIgnoreCase) && suggestion.Contains(o, StringComparison.OrdinalIgnoreCase);
            if (!sameComparison && seen.Add(suggestion))
            {
                items.Add((AnswerMarkdown.Shorten(suggestion, 60), suggestion));
            }
        }

        return items.Take(MaxFollowUps);
    }
}
