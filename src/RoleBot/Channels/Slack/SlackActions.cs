using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleBot.Channels.Slack;

/// <summary>
/// Button action ids and values. A value carries the question itself: RoleBot's answers are deterministic, so the
/// handler recomputes the answer from it instead of keeping server-side state per message.
/// </summary>
public static class SlackActions
{
    public const string Helpful = "rolebot_helpful";
    public const string NotHelpful = "rolebot_not_helpful";
    public const string Compare = "rolebot_compare";
    public const string AskPrefix = "rolebot_ask_";
    public const string FeedbackBlock = "rolebot_feedback";
    public const string SuggestionsBlock = "rolebot_suggestions";

    // Plain JSON escaping (\" rather than \u0022) so a question with quotes still fits the value limit.
    private static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>{"q": question, "p": [passage ids]} within the 2,000-character value limit (passage ids dropped first).</summary>
    public static string Encode(string question, IEnumerable<string>? passageIds = null)
    {
        var value = new JsonObject { ["q"] = question };
        if (passageIds is not null)
        {
            var ids = new JsonArray();
            foreach (var id in passageIds)
            {
                ids.Add(id);
                value["p"] = ids;
                if (value.ToJsonString(Compact).Length > BlockKit.MaxButtonValue)
                {
                    ids.RemoveAt(ids.Count - 1);
                    break;
                }
            }
        }

        var json = value.ToJsonString(Compact);
        if (json.Length <= BlockKit.MaxButtonValue)
        {
            return json;
        }

        // Escaped JSON can outgrow the limit for a long question; keep as much of the question as fits.
        var cut = question;
        while (json.Length > BlockKit.MaxButtonValue && cut.Length > 0)
        {
            cut = cut[..Math.Max(0, cut.Length - Math.Max(1, json.Length - BlockKit.MaxButtonValue))];
            json = new JsonObject { ["q"] = cut }.ToJsonString(Compact);
        }

        return json;
    }

    /// <summary>
    /// Button values come back from Slack's client: duplicate keys are refused while parsing (JsonException), since a
    /// JsonObject holding them would throw ArgumentException on first use.
    /// </summary>
    internal static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false };

    /// <summary>The question and passage ids of a button value; a bare string value is taken as the question.</summary>
    public static (string Question, IReadOnlyList<string> PassageIds)? Decode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!value.StartsWith('{'))
        {
            return (value, []);
        }

        try
        {
            if (JsonNode.Parse(value, documentOptions: StrictJson) is JsonObject obj && obj["q"] is JsonValue q && q.TryGetValue<string>(out var question))
            {
                var ids = (obj["p"] as JsonArray)?.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null)
                    .OfType<string>().ToList() ?? [];
                return (question, ids);
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
