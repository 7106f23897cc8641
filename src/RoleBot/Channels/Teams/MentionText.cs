using System.Text.Json.Nodes;

namespace RoleBot.Channels.Teams;

/// <summary>
/// The user's words without Teams' &lt;at&gt;RoleBot&lt;/at&gt; mention of the bot (from the mention entities).
/// Matching is ordinal and case-insensitive (no regex, no culture: "K" and the Kelvin sign stay different), and
/// bounded: only the first <see cref="MaxEntities"/> entities and mentions of at most <see cref="MaxMentionChars"/> are
/// used, and a text longer than <see cref="MaxTextChars"/> is not cleaned at all (it cannot become a valid question).
/// </summary>
internal static class MentionText
{
    /// <summary>Entities examined; Teams puts a handful in a message, so the rest of a longer list is ignored.</summary>
    public const int MaxEntities = 64;

    /// <summary>Longest mention text removed: "&lt;at&gt;" + a display name (Teams: at most 256) + "&lt;/at&gt;".</summary>
    public const int MaxMentionChars = 256;

    /// <summary>
    /// Longest text cleaned: a 1,000-character question plus many mentions. Anything longer is returned as it is and
    /// refused by the question's length check, so cleaning never costs more than this much text allows.
    /// </summary>
    public const int MaxTextChars = 16 * 1024;

    public static string Clean(Activity activity)
    {
        var text = activity.Text ?? "";
        if (text.Length > MaxTextChars)
        {
            return text.Trim();
        }

        var removed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in (activity.Entities ?? []).Take(MaxEntities))
        {
            if (BotMention(entity, activity.Recipient?.Id) is { } mention && removed.Add(mention))
            {
                text = text.Replace(mention, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        // Teams sends non-breaking spaces around mentions.
        return string.Join(' ', text.Replace('\u00A0', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>The text of a mention of the bot; null for another kind of entity, a colleague, or an unreadable entity.</summary>
    private static string? BotMention(JsonObject? entity, string? botId)
    {
        // An entity that is not a readable mention (null, mistyped members) is not the bot's mention.
        if (!string.Equals(JsonFields.Str(entity, "type"), "mention", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var mentioned = JsonFields.Obj(entity, "mentioned");

        // Only the bot's own mention is noise; a mention of a colleague is part of the question.
        if (botId is not null && !string.Equals(JsonFields.Str(mentioned, "id"), botId, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var mention = JsonFields.Str(entity, "text") ?? (JsonFields.Str(mentioned, "name") is { } name ? $"<at>{name}</at>" : null);
        return mention is { Length: > 0 and <= MaxMentionChars } ? mention : null;
    }
}
