using System.Text.Json.Nodes;

namespace RoleBot.Channels.Teams;

/// <summary>Small builders for Adaptive Card JSON (schema 1.5: Teams renders up to 1.5, Web Chat up to 1.6).</summary>
internal static class AdaptiveCardElements
{
    public const string Version = "1.5";

    public static JsonObject Card(JsonArray body, JsonArray? actions = null, string? fallbackText = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }

        if (fallbackText is not null)
        {
            card["fallbackText"] = fallbackText;
        }

        return card;
    }

    public static JsonObject Text(string text, bool bold = false, bool subtle = false, string? size = null, bool separator = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (bold)
        {
            block["weight"] = "Bolder";
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        if (separator)
        {
            block["separator"] = true;
        }

        return block;
    }

    public static JsonObject Container(JsonArray items, string? style = null)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = items, ["spacing"] = "Medium" };
        if (style is not null)
        {
            container["style"] = style;
        }

        return container;
    }

    /// <summary>A row of equal columns, each holding one wrapped text (comparison tables).</summary>
    public static JsonObject Row(IEnumerable<string> cells, bool bold = false)
    {
        var columns = new JsonArray();
        foreach (var cell in cells)
        {
            columns.Add(new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray(Text(cell, bold)) });
        }

        return new JsonObject { ["type"] = "ColumnSet", ["columns"] = columns };
    }

    /// <summary>Action.Submit: Web Chat and Teams post <paramref name="data"/> back as a message activity's value.</summary>
    public static JsonObject Submit(string title, JsonObject data) =>
        new() { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };

    /// <summary>Action.Execute for Teams (an adaptiveCard/action invoke), falling back to Action.Submit on older clients.</summary>
    public static JsonObject Execute(string title, string verb, JsonObject data) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = verb,
        ["data"] = data,
        ["fallback"] = Submit(title, (JsonObject)data.DeepClone()),
    };

    public static JsonObject AskData(string question) => new() { ["rolebot"] = "ask", ["question"] = question };

    public static JsonObject FeedbackData(string answerKey, bool helpful) =>
        new() { ["rolebot"] = "feedback", ["answer"] = answerKey, ["helpful"] = helpful };

    public static Attachment Attachment(JsonObject card) => new() { ContentType = Teams.Attachment.AdaptiveCardType, Content = card };
}
