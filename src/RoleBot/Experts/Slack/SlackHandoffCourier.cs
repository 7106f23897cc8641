using RoleBot.Channels.Slack;

namespace RoleBot.Experts.Slack;

/// <summary>
/// Hand-offs on Slack: the question goes to the route's channel, else the experts channel, else a DM to the first
/// routed expert with a Slack id (chat.postMessage; replies in its thread are the answer). Askers are answered in
/// their thread, or by DM when they asked privately (an ephemeral answer cannot be followed up hours later).
/// </summary>
internal sealed partial class SlackHandoffCourier(SlackWebApiClient api, ExpertsConfig config, ILogger<SlackHandoffCourier> logger) : IHandoffCourier
{
    public string Platform => HandoffAddress.Slack;

    public async Task<HandoffAddress?> PostQuestionAsync(Handoff handoff, ExpertRouteChoice route, CancellationToken cancellationToken)
    {
        var candidates = new[] { route.SlackChannel, config.Current.SlackChannel }
            .Concat(route.Experts.Select(e => e.SlackUserId))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var message = SlackExpertBlocks.Question(handoff, route);
        foreach (var channel in candidates)
        {
            if (await api.PostMessageAsync(channel, null, message, cancellationToken) is { } ts)
            {
                return new HandoffAddress { Platform = HandoffAddress.Slack, Channel = channel, ThreadTs = ts };
            }

            // The Web API's reason (channel_not_found, not_in_channel, ...) was logged by the client.
            LogUnreachable(logger, channel, handoff.Id);
        }

        return null;
    }

    public async Task TellAskerAsync(Handoff handoff, AskerNotice notice, CancellationToken cancellationToken)
    {
        if (handoff.Asker.Channel is not { } channel)
        {
            return;
        }

        var message = notice.IsAnswer ? SlackExpertBlocks.Answer(handoff) : SlackMessage.Plain(SlackText.Escape(notice.Text!));
        await api.PostMessageAsync(channel, handoff.Asker.ThreadTs, message, cancellationToken);
    }

    public async Task ConfirmToExpertsAsync(Handoff handoff, CancellationToken cancellationToken)
    {
        if (handoff.Target is { Channel: { } channel, ThreadTs: { } thread })
        {
            var who = handoff.ExpertId is { } id && id.StartsWith("slack:", StringComparison.Ordinal) ? $"<@{id[6..]}>" : "the expert";
            await api.PostMessageAsync(channel, thread, SlackMessage.Plain($"Thanks {who}! I sent this answer to the asker."), cancellationToken);
        }
    }

    [LoggerMessage(5301, LogLevel.Warning, "Hand-off {Id}: Slack channel or user {Channel} could not be posted to; trying the next")]
    private static partial void LogUnreachable(ILogger logger, string channel, string id);
}
