using System.Text.Json.Nodes;

namespace RoleBot.Channels.Slack;

/// <summary>Builders for the few Block Kit blocks RoleBot sends, each clamped to Slack's documented limits.</summary>
public static class BlockKit
{
    public const int MaxBlocks = 50;
    public const int MaxSectionText = 3000;
    public const int MaxContextElements = 10;
    public const int MaxActionElements = 25;
    public const int MaxButtonText = 75;
    public const int MaxButtonValue = 2000;
    public const int MaxContextText = 2000;

    /// <summary>A section of mrkdwn text (already escaped), trimmed to 3,000 characters.</summary>
    public static JsonObject Section(string mrkdwn, string? blockId = null)
    {
        var block = new JsonObject
        {
            ["type"] = "section",
            ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = TrimMrkdwn(mrkdwn, MaxSectionText) },
        };
        if (blockId is not null)
        {
            block["block_id"] = blockId;
        }

        return block;
    }

    /// <summary>A context block of up to 10 mrkdwn elements (already escaped).</summary>
    public static JsonObject Context(IEnumerable<string> mrkdwnElements, string? blockId = null)
    {
        var elements = new JsonArray();
        foreach (var text in mrkdwnElements.Take(MaxContextElements))
        {
            elements.Add(new JsonObject { ["type"] = "mrkdwn", ["text"] = TrimMrkdwn(text, MaxContextText) });
        }

        var block = new JsonObject { ["type"] = "context", ["elements"] = elements };
        if (blockId is not null)
        {
            block["block_id"] = blockId;
        }

        return block;
    }

    /// <summary>An actions block of buttons (at most 25).</summary>
    public static JsonObject Actions(string blockId, IEnumerable<JsonObject> buttons)
    {
        var elements = new JsonArray();
        foreach (var button in buttons.Take(MaxActionElements))
        {
            elements.Add(button);
        }

        return new JsonObject { ["type"] = "actions", ["block_id"] = blockId, ["elements"] = elements };
    }

    /// <summary>A button; its label is plain text (no escaping needed) cut to 75 characters, its value to 2,000.</summary>
    public static JsonObject Button(string actionId, string label, string value, string? style = null)
    {
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = actionId,
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = SlackText.Trim(label, MaxButtonText), ["emoji"] = true },
            ["value"] = SlackText.Trim(value, MaxButtonValue),
        };
        if (style is not null)
        {
            button["style"] = style;
        }

        return button;
    }

    /// <summary>Prefixes every line with "&gt; " so mrkdwn shows it as a quote.</summary>
    public static string Quote(string escaped) => "> " + escaped.Replace("\n", "\n> ", StringComparison.Ordinal);

    /// <summary>Trims escaped mrkdwn without leaving half an entity ("&amp;am…") at the cut.</summary>
    public static string TrimMrkdwn(string escaped, int max)
    {
        var trimmed = SlackText.Trim(escaped, max);
        if (trimmed.Length == escaped.Length)
        {
            return trimmed;
        }

        var amp = trimmed.LastIndexOf('&');
        return amp >= 0 && amp >= trimmed.Length - 6 && trimmed.IndexOf(';', amp) < 0
            ? string.Concat(trimmed.AsSpan(0, amp), "\u2026")
            : trimmed;
    }
}
