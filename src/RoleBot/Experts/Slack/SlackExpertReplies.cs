using System.Text.Json;
using RoleBot.Channels.Slack;
using RoleBot.State;

namespace RoleBot.Experts.Slack;

/// <summary>
/// An expert's Slack thread reply under a hand-off question (message events with thread_ts, in the experts channels or
/// a DM): the first reply from a person is relayed to the asker, credited to them; later replies are the experts' own
/// conversation. A thread that is not a hand-off is left alone.
/// </summary>
public sealed partial class SlackExpertReplies(HandoffService handoffs, ExpertsConfig config, SlackReplyWorker queue, IEventDeduplicator deduplicator,
    SlackBotIdentity bot, ILogger<SlackExpertReplies> logger)
{
    /// <summary>
    /// Takes thread replies in an experts channel (which RoleBot must hear through message.channels / message.groups);
    /// null for every other event, which then goes the usual way.
    /// </summary>
    public SlackEventOutcome? Handle(JsonElement payload, JsonElement ev)
    {
        if (ev.Str("type") != "message" || ev.Str("channel_type") is "im" || ev.Str("channel") is not { } channel || ev.Str("ts") is not { } ts
            || ev.Str("thread_ts") is not { } thread || thread == ts || !Watched(channel))
        {
            return null;
        }

        // People only: not RoleBot's own "thanks" in the thread, not other apps; "also send to channel" replies count.
        if (ev.Has("bot_id") || ev.Str("user") is not { } user || (ev.Str("subtype") is { } subtype && subtype != "thread_broadcast"))
        {
            return SlackEventOutcome.Accepted;
        }

        var eventId = payload.Str("event_id") ?? $"{channel}:{ts}";
        var text = ev.Str("text");
        return queue.TryEnqueue(async ct =>
        {
            if (await deduplicator.TryBeginAsync("slack:" + eventId, ct))
            {
                await TryRelayAsync(channel, thread, ts, user, text, ct);
            }
        }) ? SlackEventOutcome.Accepted : SlackEventOutcome.Busy;
    }

    /// <summary>True when the thread is a hand-off's (the message is then handled here: relayed, or experts talking).</summary>
    public async Task<bool> TryRelayAsync(string channel, string? threadTs, string ts, string? user, string? text, CancellationToken cancellationToken)
    {
        if (threadTs is null || threadTs == ts || user is null)
        {
            return false;
        }

        var handoff = await handoffs.FindByTargetAsync("slack:" + threadTs, cancellationToken);
        if (handoff?.Target is not { Platform: HandoffAddress.Slack } target
            || !(target.Channel == channel || (channel.StartsWith('D') && target.Channel?.StartsWith('U') == true)))
        {
            return false;
        }

        if (handoff.State == HandoffState.Answered)
        {
            return true;
        }

        var answer = SlackText.QuestionFrom(text, await bot.GetUserIdAsync(cancellationToken));
        var (outcome, _) = await handoffs.AnswerAsync(handoff.Id, "slack:" + user, config.Current.BySlackUser(user)?.Name, answer, cancellationToken);
        LogReply(logger, handoff.Id, outcome.ToString());
        return true;
    }

    private bool Watched(string channel)
    {
        var settings = config.Current;
        return settings.SlackChannel == channel || settings.Routes.Any(r => r.SlackChannel == channel);
    }

    [LoggerMessage(5801, LogLevel.Information, "Slack thread reply to hand-off {Id}: {Outcome}")]
    private static partial void LogReply(ILogger logger, string id, string outcome);
}
