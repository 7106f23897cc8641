using System.Text.RegularExpressions;

namespace RoleBot.Channels.Teams;

/// <summary>The user's words without Teams' &lt;at&gt;RoleBot&lt;/at&gt; mention of the bot (from the mention entities).</summary>
internal static class MentionText
{
    public static string Clean(Activity activity)
    {
        var text = activity.Text ?? "";
        foreach (var entity in activity.Entities ?? [])
        {
            // An entity that is not a readable mention (null, mistyped members) is not the bot's mention: skip it.
            if (!string.Equals(JsonFields.Str(entity, "type"), "mention", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mentioned = JsonFields.Obj(entity, "mentioned");
            var mentionedId = JsonFields.Str(mentioned, "id");
            // Only the bot's own mention is noise; a mention of a colleague is part of the question.
            if (activity.Recipient?.Id is { } botId && !string.Equals(mentionedId, botId, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mention = JsonFields.Str(entity, "text") ?? (JsonFields.Str(mentioned, "name") is { } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(mention))
            {
                text = Regex.Replace(text, Regex.Escape(mention), " ", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
            }
        }

        // Teams sends non-breaking spaces around mentions.
        return string.Join(' ', text.Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
