using System.Text;
using System.Text.Json;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Keeps every outgoing activity under Teams' message size (about 100 KB counted as UTF-16; RoleBot stays under 80 KB):
/// re-renders with shorter excerpts until it fits, and as a last resort drops the card and cuts the text.
/// </summary>
internal static class MessageBudget
{
    public const int MaxActivityBytes = 80 * 1024;

    /// <summary>Excerpt lengths tried in turn; the first is long enough for any excerpt the core produces.</summary>
    private static readonly int[] ExcerptSteps = [4000, 1000, 500, 250, 120];

    public static IReadOnlyList<Activity> Fit(Func<int, IReadOnlyList<Activity>> render)
    {
        IReadOnlyList<Activity> activities = [];
        foreach (var step in ExcerptSteps)
        {
            activities = render(step);
            if (activities.All(a => Size(a) <= MaxActivityBytes))
            {
                return activities;
            }
        }

        foreach (var activity in activities.Where(a => Size(a) > MaxActivityBytes))
        {
            activity.Attachments = null;
            activity.Entities = null;
            var text = activity.Text ?? "";
            // UTF-16: two bytes per char; leave room for the envelope.
            var maxChars = (MaxActivityBytes / 2) - 4096;
            if (text.Length > maxChars)
            {
                activity.Text = AnswerMarkdown.Shorten(text, maxChars);
            }
        }

        return activities;
    }

    /// <summary>Serialized size in UTF-16 bytes, the way Teams counts.</summary>
    public static int Size(Activity activity) => Encoding.Unicode.GetByteCount(JsonSerializer.Serialize(activity, ActivityJson.Default.Activity));
}
