using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using RoleBot.Channels.Slack;

namespace RoleBot.Experts.Slack;

/// <summary>
/// Slack's "Ask an expert" and "Save as answer" buttons (block_actions, HTTP or Socket Mode). The hand-off starts only
/// on the asker's click; the button is then replaced by a note so it is not clicked twice.
/// </summary>
public sealed partial class SlackExpertInteractions(HandoffService handoffs, SlackReplyWorker queue, SlackWebApiClient api, ExpertsConfig config,
    IOptions<ExpertsOptions> options, ILogger<SlackExpertInteractions> logger)
{
    /// <summary>After a "Not helpful" vote: the answer's blocks also offer an expert (when experts.yml exists).</summary>
    public void OfferAfterNotHelpful(JsonArray blocks, string question, IReadOnlyList<string> passageIds)
    {
        if (config.Enabled && blocks.Count < BlockKit.MaxBlocks)
        {
            blocks.Add(SlackExpertBlocks.Offer(question, passageIds, HandoffReason.NotHelpful));
        }
    }

    private sealed record Click(string ActionId, string? Value, string User, string? Channel, string? MessageTs, string? ThreadTs,
        bool Ephemeral, Uri? ResponseUrl, JsonArray? Blocks);

    /// <summary>True when the payload is one of the experts buttons (then it is queued and acknowledged).</summary>
    public bool TryHandle(JsonElement payload)
    {
        if (payload.Str("type") != "block_actions" || payload.First("actions") is not { } action
            || action.Str("action_id") is not (SlackExpertBlocks.AskAction or SlackExpertBlocks.SaveAction) || payload.Obj("user")?.Str("id") is not { } user)
        {
            return false;
        }

        var message = payload.Obj("message");
        var container = payload.Obj("container");
        var messageTs = message?.Str("ts") ?? container?.Str("message_ts");
        Uri.TryCreate(payload.Str("response_url"), UriKind.Absolute, out var responseUrl);
        var click = new Click(
            action.Str("action_id")!,
            action.Str("value"),
            user,
            payload.Obj("channel")?.Str("id") ?? container?.Str("channel_id"),
            messageTs,
            message?.Str("thread_ts") ?? messageTs,
            container?.Str("type") == "message" && container.Value.TryGetProperty("is_ephemeral", out var e) && e.ValueKind == JsonValueKind.True,
            responseUrl,
            message is { } m && m.TryGetProperty("blocks", out var b) && b.ValueKind == JsonValueKind.Array ? JsonNode.Parse(b.GetRawText()) as JsonArray : null);
        if (!queue.TryEnqueue(ct => click.ActionId == SlackExpertBlocks.AskAction ? AskAsync(click, ct) : SaveAsync(click, ct)))
        {
            LogBusy(logger);
        }

        return true;
    }

    private async Task AskAsync(Click click, CancellationToken cancellationToken)
    {
        if (SlackExpertBlocks.DecodeAsk(click.Value) is not { } ask || Knowledge.Retrieval.QuestionParser.Validate(ask.Question) is not null)
        {
            return;
        }

        // A private (slash command) answer cannot be followed up hours later, and a DM link is useless to experts: answer by DM.
        var inChannel = !click.Ephemeral && click.Channel is { } c && !c.StartsWith('D');
        var asker = inChannel
            ? new HandoffAddress { Platform = HandoffAddress.Slack, Channel = click.Channel, ThreadTs = click.ThreadTs }
            : new HandoffAddress { Platform = HandoffAddress.Slack, Channel = click.Channel is { } dm && dm.StartsWith('D') ? dm : click.User, ThreadTs = click.Ephemeral ? null : click.ThreadTs };
        var request = new HandoffRequest(ask.Question, ask.Reason, SlackAnswerer.ChannelName, click.User, null, asker, inChannel ? LinkBack(click) : null, ask.PassageIds);
        await handoffs.StartAsync(request, cancellationToken);
        await ReplaceButtonAsync(click, SlackExpertBlocks.OfferBlock, $":raising_hand: <@{click.User}> asked an expert.", cancellationToken);
    }

    private async Task SaveAsync(Click click, CancellationToken cancellationToken)
    {
        if (SlackExpertBlocks.DecodeSave(click.Value) is not { } id)
        {
            return;
        }

        var (outcome, handoff) = await handoffs.SaveAsync(id, cancellationToken);
        var note = outcome switch
        {
            SaveOutcome.Saved => $":white_check_mark: {SlackText.Escape(HandoffMessages.Saved(handoff!.ExpertName ?? "an expert"))} (by <@{click.User}>)",
            SaveOutcome.AlreadySaved => HandoffMessages.AlreadySaved,
            SaveOutcome.NotAnswered => "There is no answer to save yet.",
            _ => "RoleBot no longer knows this answer.",
        };
        await ReplaceButtonAsync(click, SlackExpertBlocks.SaveBlock, note, cancellationToken);
    }

    private async Task ReplaceButtonAsync(Click click, string blockId, string note, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["text"] = note, ["blocks"] = SlackExpertBlocks.Replace(click.Blocks, blockId, note) };
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

    /// <summary>A permalink-shaped link to the asker's thread (https://slack.com/archives/C…/p… redirects into the workspace).</summary>
    private string? LinkBack(Click click)
    {
        if (click.Channel is not { } channel || (click.ThreadTs ?? click.MessageTs) is not { } ts)
        {
            return null;
        }

        var baseUrl = options.Value.SlackBaseUrl.AbsoluteUri.TrimEnd('/');
        return $"{baseUrl}/archives/{Uri.EscapeDataString(channel)}/p{ts.Replace(".", "", StringComparison.Ordinal)}";
    }

    [LoggerMessage(5701, LogLevel.Warning, "Slack reply queue is full; dropping an experts button click")]
    private static partial void LogBusy(ILogger logger);
}
