using System.Text.RegularExpressions;

namespace RoleBot.Channels.Slack;

/// <summary>Slack mrkdwn text rules: escape only &amp;, &lt;, &gt; outbound; decode them and strip mentions inbound.</summary>
public static partial class SlackText
{
    /// <summary>Escapes user or document text for mrkdwn (Slack's rule: &amp; first, then &lt; and &gt;, nothing else).</summary>
    public static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Received text has &amp;, &lt;, &gt; encoded; this undoes it (&amp; last so "&amp;lt;" stays "&lt;").</summary>
    public static string Decode(string text) => text.Replace("&lt;", "<", StringComparison.Ordinal)
        .Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    /// <summary>The question in a message: the bot's mention (&lt;@U123&gt; or &lt;@U123|name&gt;) removed, entities decoded.</summary>
    public static string QuestionFrom(string? text, string? botUserId)
    {
        var cleaned = text ?? "";
        cleaned = botUserId is { Length: > 0 }
            ? cleaned.Replace($"<@{botUserId}>", " ", StringComparison.Ordinal)
            : cleaned;
        cleaned = LeadingMention().Replace(cleaned, " ");
        return Decode(cleaned).Replace('\u00A0', ' ').Trim();
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters, ending with an ellipsis when cut.</summary>
    public static string Trim(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, Math.Max(cut, 0)), "\u2026");
    }

    // A mention of the app at the start (when the bot id is not known yet, or the legacy "<@U123|name>" form).
    [GeneratedRegex(@"^\s*<@[A-Z0-9]+(\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMention();
}
