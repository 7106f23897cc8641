using System.Text.RegularExpressions;

namespace RoleBot.Channels.Slack;

/// <summary>Slack mrkdwn text rules: escape only &amp;, &lt;, &gt; outbound; decode them and strip mentions inbound.</summary>
public static partial class SlackText
{
    /// <summary>Escapes user or document text for mrkdwn (Slack's rule: &amp; first, then &lt; and &gt;, nothing else).</summary>
    public static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>
    /// Document or user text shown as it is: <see cref="Escape"/>d, and since mrkdwn has no escape for *, _, ~ and `,
    /// those become look-alikes (∗ U+2217, ˍ U+02CD, ∼ U+223C, ˋ U+02CB, as jsx-slack does) so "*all*" or
    /// "__init__" never turn into bold or italics. Zero-width characters around them are no help: Slack treats them
    /// as word boundaries, which is how exact formatting is forced, not prevented.
    /// </summary>
    public static string Literal(string text) => Escape(text).Replace('*', '\u2217').Replace('_', '\u02CD').Replace('~', '\u223C').Replace('`', '\u02CB');

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

        // Between text elements: never half a surrogate pair, an emoji without its modifier or a letter without its accent.
        var cut = TextCut.Floor(text, Math.Max(max - 1, 0));
        return string.Concat(text.AsSpan(0, cut), "\u2026");
    }

    // A mention of the app at the start (when the bot id is not known yet, or the legacy "<@U123|name>" form).
    [GeneratedRegex(@"^\s*<@[A-Z0-9]+(\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMention();
}
