using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Channels.Slack;
using RoleBot.Knowledge.Answers;

namespace RoleBot.Experts.Slack;

/// <summary>Block Kit for experts in the loop: the "Ask an expert" offer, the question for the experts, the relayed answer.</summary>
internal static class SlackExpertBlocks
{
    public const string AskAction = "rolebot_expert_ask";
    public const string SaveAction = "rolebot_expert_save";
    public const string OfferBlock = "rolebot_expert";
    public const string SaveBlock = "rolebot_expert_save";

    /// <summary>Characters of an expert's answer per section (Slack allows 3,000).</summary>
    private const int SectionChars = 2800;

    /// <summary>An unanswered answer's message plus the "Ask an expert" button (nothing is sent until it is clicked).</summary>
    public static SlackMessage WithOffer(SlackMessage message, Answer answer)
    {
        if (answer.Answered || message.Blocks is not { } blocks || blocks.Count >= BlockKit.MaxBlocks)
        {
            return message;
        }

        var copy = (JsonArray)blocks.DeepClone();
        copy.Add(Offer(answer.Question, [], HandoffReason.NotCovered));
        return message with { Blocks = copy };
    }

    /// <summary>The actions block with the one button; its value carries the question, the cited passages and why.</summary>
    public static JsonObject Offer(string question, IReadOnlyList<string> passageIds, HandoffReason reason) =>
        BlockKit.Actions(OfferBlock, [BlockKit.Button(AskAction, "Ask an expert", EncodeAsk(question, passageIds, reason))]);

    /// <summary>{"q", "p", "r"} within Slack's 2,000-character value limit (passage ids dropped first, then the question cut).</summary>
    public static string EncodeAsk(string question, IReadOnlyList<string> passageIds, HandoffReason reason)
    {
        var r = reason == HandoffReason.NotCovered ? "nc" : "nh";
        foreach (var ids in new[] { passageIds, passageIds.Take(1).ToList(), [] })
        {
            var json = new JsonObject { ["q"] = question, ["p"] = new JsonArray([.. ids.Select(i => (JsonNode?)i)]), ["r"] = r }.ToJsonString();
            if (json.Length <= BlockKit.MaxButtonValue)
            {
                return json;
            }
        }

        return new JsonObject { ["q"] = question[..Math.Min(question.Length, 900)], ["r"] = r }.ToJsonString();
    }

    public static (string Question, IReadOnlyList<string> PassageIds, HandoffReason Reason)? DecodeAsk(string? value)
    {
        try
        {
            if (value is not null && JsonNode.Parse(value) is JsonObject obj && obj["q"] is JsonValue q && q.TryGetValue<string>(out var question))
            {
                var ids = (obj["p"] as JsonArray)?.Select(n => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null).OfType<string>().ToList() ?? [];
                var reason = obj["r"] is JsonValue r && r.TryGetValue<string>(out var code) && code == "nh" ? HandoffReason.NotHelpful : HandoffReason.NotCovered;
                return (question, ids, reason);
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }

    /// <summary>The message in the experts channel: who asked, why, for whom, a link back, and how to answer.</summary>
    public static SlackMessage Question(Handoff handoff, ExpertRouteChoice route)
    {
        var asker = AskerMrkdwn(handoff);
        var forWhom = route.Experts.Count == 0
            ? "For anyone who knows"
            : "For " + string.Join(", ", route.Experts.Select(e => e.SlackUserId is { } id ? $"<@{id}>" : SlackText.Escape(e.Name)));
        var context = new List<string> { $"{forWhom} ({SlackText.Escape(route.Reason)})" };
        if (handoff.LinkBack is { } link)
        {
            context.Add($"<{link}|Open the conversation>");
        }

        var blocks = new JsonArray
        {
            BlockKit.Section($":raising_hand: *Question for the experts* from {asker}: {SlackText.Escape(HandoffMessages.Why(handoff.Reason))}.", "rolebot_expert_question"),
            BlockKit.Section(BlockKit.Quote(SlackText.Escape(handoff.Question))),
            BlockKit.Context(context),
            BlockKit.Context(["Reply in this thread: your first reply goes back to the asker, credited to you."]),
        };
        return new SlackMessage(SlackText.Trim($"Question for the experts: {SlackText.Escape(handoff.Question)}", 3000), blocks);
    }

    /// <summary>The expert's answer for a Slack asker, credited, with "Save as answer".</summary>
    public static SlackMessage Answer(Handoff handoff)
    {
        var credit = Credit(handoff);
        var text = SlackText.Escape(handoff.AnswerText ?? "");
        var blocks = new JsonArray { BlockKit.Section($"*{credit}* answered:", "rolebot_expert_answer") };
        foreach (var chunk in text.Chunk(SectionChars).Select(c => new string(c)).Take(BlockKit.MaxBlocks - 4))
        {
            blocks.Add(BlockKit.Section(BlockKit.Quote(chunk)));
        }

        blocks.Add(BlockKit.Context([$"Your question: _{SlackText.Escape(SlackText.Trim(handoff.Question, 300))}_"]));
        blocks.Add(BlockKit.Actions(SaveBlock, [BlockKit.Button(SaveAction, "Save as answer", new JsonObject { ["h"] = handoff.Id }.ToJsonString())]));
        return new SlackMessage(SlackText.Trim(HandoffMessages.Answered(credit, text), 3000), blocks);
    }

    public static string? DecodeSave(string? value)
    {
        try
        {
            return value is not null && JsonNode.Parse(value) is JsonObject obj && obj["h"] is JsonValue h && h.TryGetValue<string>(out var id) ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The original blocks with <paramref name="blockId"/> replaced by a one-line note (so a button is not clicked twice).</summary>
    public static JsonArray Replace(JsonArray? original, string blockId, string note)
    {
        var result = new JsonArray();
        var replaced = false;
        foreach (var block in original ?? [])
        {
            if (block is JsonObject obj && (string?)obj["block_id"] == blockId)
            {
                result.Add(BlockKit.Context([note], blockId + "_done"));
                replaced = true;
            }
            else if (block is not null)
            {
                result.Add(block.DeepClone());
            }
        }

        if (!replaced && result.Count < BlockKit.MaxBlocks)
        {
            result.Add(BlockKit.Context([note], blockId + "_done"));
        }

        return result;
    }

    /// <summary>Who answered, for a Slack reader: the name from experts.yml, else a Slack mention, else "An expert".</summary>
    public static string Credit(Handoff handoff) =>
        handoff.ExpertName is { } name ? SlackText.Escape(name)
        : handoff.ExpertId is { } id && id.StartsWith("slack:", StringComparison.Ordinal) ? $"<@{id[6..]}>"
        : "An expert";

    private static string AskerMrkdwn(Handoff handoff) => handoff.Asker.Platform switch
    {
        HandoffAddress.Slack when handoff.AskerId is { } id => handoff.Asker.Channel is { } c && c.StartsWith('C') ? $"<@{id}> in <#{c}>" : $"<@{id}>",
        HandoffAddress.BotFramework => $"{SlackText.Escape(handoff.AskerName ?? "someone")} ({(handoff.Asker.IsTeams ? "Teams" : handoff.Asker.ChannelId)})",
        _ => "a playground user",
    };
}
