using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleBot.Channels.Slack;

/// <summary>
/// block_actions from RoleBot's buttons, shared by HTTP and Socket Mode. Helpful / Not helpful go to the feedback store
/// (channel "slack") and the message is updated to show the vote; "compare" and suggestion buttons are answered in the
/// message's thread, through the click's response_url when the bot cannot post there (an answer shared by
/// "/rolebot share" into a channel the bot is not in), and for an ephemeral slash-command answer as a new ephemeral message.
/// </summary>
public sealed class SlackInteractionHandler(SlackReplyWorker queue, SlackAnswerer answerer, SlackWebApiClient api, ILogger<SlackInteractionHandler> logger,
    Experts.Slack.SlackExpertInteractions experts)
{
    private sealed record Click(string ActionId, string Question, IReadOnlyList<string> PassageIds, string? User, string? Team,
        string? Channel, string? MessageTs, string? ThreadTs, bool Ephemeral, Uri? ResponseUrl, JsonArray? Blocks, string? Text);

    /// <summary>False when the payload is not an interaction at all (400); true when acknowledged.</summary>
    public bool Handle(JsonElement payload)
    {
        var type = payload.Str("type");
        if (type is null)
        {
            return false;
        }

        if (experts.TryHandle(payload))
        {
            return true;                                 // "Ask an expert", "Save as answer"
        }

        if (type != "block_actions" || payload.First("actions") is not { } action || action.Str("action_id") is not { } actionId
            || SlackActions.Decode(action.Str("value")) is not { } value)
        {
            return true;
        }

        var message = payload.Obj("message");
        var container = payload.Obj("container");
        var channel = payload.Obj("channel")?.Str("id") ?? container?.Str("channel_id");
        var messageTs = message?.Str("ts") ?? container?.Str("message_ts");
        var ephemeral = container?.Str("type") == "message" && container.Value.TryGetProperty("is_ephemeral", out var e) && e.ValueKind == JsonValueKind.True;
        Uri.TryCreate(payload.Str("response_url"), UriKind.Absolute, out var responseUrl);
        var blocks = message is { } m && m.TryGetProperty("blocks", out var b) && b.ValueKind == JsonValueKind.Array ? Blocks(b) : null;
        var click = new Click(actionId, value.Question, value.PassageIds, payload.Obj("user")?.Str("id"), payload.Obj("team")?.Str("id"),
            channel, messageTs, message?.Str("thread_ts") ?? messageTs, ephemeral, responseUrl, blocks, message?.Str("text"));
        if (!queue.TryEnqueue(ct => ActAsync(click, ct)))
        {
            logger.LogWarning("Slack reply queue is full; dropping a button click");
        }

        return true;
    }

    /// <summary>The clicked message's blocks, to re-send with the vote; null when they cannot be read (duplicate keys).</summary>
    private static JsonArray? Blocks(JsonElement blocks)
    {
        try
        {
            return JsonNode.Parse(blocks.GetRawText(), documentOptions: SlackActions.StrictJson) as JsonArray;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task ActAsync(Click click, CancellationToken cancellationToken)
    {
        if (click.ActionId is SlackActions.Helpful or SlackActions.NotHelpful)
        {
            var helpful = click.ActionId == SlackActions.Helpful;
            if (await answerer.RecordVoteAsync(click.Question, click.PassageIds, helpful, click.User, cancellationToken))
            {
                await ShowVoteAsync(click, helpful, cancellationToken);
            }
            else if (click.ResponseUrl is { } url)
            {
                // The buttons stay, so the voter can try again; only the voter sees why nothing changed.
                var note = new JsonObject { ["text"] = SlackAnswerer.VoteNotStored, ["response_type"] = "ephemeral", ["replace_original"] = false };
                await api.PostToResponseUrlAsync(url, note, cancellationToken);
            }

            return;
        }

        if (click.ActionId != SlackActions.Compare && !click.ActionId.StartsWith(SlackActions.AskPrefix, StringComparison.Ordinal))
        {
            return;
        }

        var key = click.ThreadTs is null ? null : $"slack:{click.Team}:{click.Channel}:{click.ThreadTs}";
        var reply = await answerer.AnswerAsync(click.Question, key, cancellationToken);
        if (click.Ephemeral || click.Channel is null)
        {
            await PostToResponseUrlAsync(click, reply, "ephemeral", cancellationToken);
            return;
        }

        // In the message's thread when the bot may post there. An answer shared with "/rolebot share" went out through
        // the command's response_url, so it can sit in a channel the bot is not in (not_in_channel, channel_not_found):
        // then the click's own response_url still reaches that channel.
        if (await api.PostMessageAsync(click.Channel, click.ThreadTs, reply, cancellationToken) is null)
        {
            await PostToResponseUrlAsync(click, reply, "in_channel", cancellationToken);
        }
    }

    private async Task PostToResponseUrlAsync(Click click, SlackMessage reply, string responseType, CancellationToken cancellationToken)
    {
        if (click.ResponseUrl is not { } url)
        {
            logger.LogWarning("A Slack button answer could not be posted and the click had no response_url");
            return;
        }

        var body = reply.ToJson();
        body["response_type"] = responseType;
        body["replace_original"] = false;
        await api.PostToResponseUrlAsync(url, body, cancellationToken);
    }

    private async Task ShowVoteAsync(Click click, bool helpful, CancellationToken cancellationToken)
    {
        var blocks = BlockKitRenderer.WithVote(click.Blocks, helpful, click.User);
        if (!helpful)
        {
            experts.OfferAfterNotHelpful(blocks, click.Question, click.PassageIds);
        }

        var body = new JsonObject { ["text"] = click.Text ?? (helpful ? "Marked helpful" : "Marked not helpful"), ["blocks"] = blocks };
        if (click.ResponseUrl is { } url)
        {
            body["replace_original"] = true;
            if (await api.PostToResponseUrlAsync(url, body, cancellationToken))
            {
                return;
            }

            body.Remove("replace_original");
        }

        if (!click.Ephemeral && click.Channel is { } channel && click.MessageTs is { } ts)
        {
            await api.UpdateMessageAsync(channel, ts, body, cancellationToken);
        }
    }
}
