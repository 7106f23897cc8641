using RoleBot.Channels.Teams;
using static RoleBot.Channels.Teams.AdaptiveCardElements;

namespace RoleBot.Experts.Teams;

/// <summary>
/// Hand-offs through the Bot Connector: the question goes proactively to the Teams experts channel, using the
/// conversation reference stored when RoleBot was installed there; askers in Teams or Web Chat get the answer in their
/// conversation (a channel thread's id keeps it in the thread).
/// </summary>
internal sealed partial class BotFrameworkHandoffCourier(ConnectorClient connector, IConversationReferenceStore references, ExpertsConfig config,
    ILogger<BotFrameworkHandoffCourier> logger) : IHandoffCourier
{
    public string Platform => HandoffAddress.BotFramework;

    public async Task<HandoffAddress?> PostQuestionAsync(Handoff handoff, ExpertRouteChoice route, CancellationToken cancellationToken)
    {
        foreach (var key in new[] { route.TeamsChannel, config.Current.TeamsChannel }.OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var reference = await references.GetAsync(key, cancellationToken);
            if (reference is null || !Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var serviceUrl))
            {
                LogNotInstalled(logger, key);
                continue;
            }

            var activity = new Activity
            {
                Type = ActivityTypes.Message,
                From = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
                Conversation = new ConversationAccount { Id = reference.ConversationId, TenantId = reference.TenantId },
                Attachments = [Attachment(ExpertCards.Question(handoff, route))],
            };
            try
            {
                var id = await connector.SendAsync(serviceUrl, reference.ConversationId, null, activity, cancellationToken);
                return new HandoffAddress
                {
                    Platform = HandoffAddress.BotFramework, ServiceUrl = reference.ServiceUrl, ConversationId = reference.ConversationId,
                    ChannelId = reference.ChannelId, BotId = reference.BotId, BotName = reference.BotName, ThreadTs = id,
                };
            }
            catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
            {
                LogSendFailed(logger, key, ex.Message);
            }
        }

        return null;
    }

    public async Task TellAskerAsync(Handoff handoff, AskerNotice notice, CancellationToken cancellationToken)
    {
        var asker = handoff.Asker;
        if (asker.ConversationId is null || !Uri.TryCreate(asker.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return;
        }

        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount { Id = asker.BotId, Name = asker.BotName },
            Conversation = new ConversationAccount { Id = asker.ConversationId },
            TextFormat = "markdown",
        };
        if (notice.IsAnswer)
        {
            activity.Attachments = [Attachment(ExpertCards.AnswerForAsker(handoff, asker.IsTeams))];
            // Teams shows text and a card as two messages, so there the card carries it all; Web Chat shows both.
            if (!asker.IsTeams)
            {
                activity.Text = HandoffMessages.Answered(ExpertCards.Credit(handoff), handoff.AnswerText ?? "");
            }
        }
        else
        {
            activity.Text = notice.Text;
        }

        await connector.SendAsync(serviceUrl, asker.ConversationId, null, activity, cancellationToken);
    }

    /// <summary>Teams experts see the result in their card (the invoke's response), so nothing more is posted.</summary>
    public Task ConfirmToExpertsAsync(Handoff handoff, CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(5401, LogLevel.Warning, "Teams experts channel {Channel}: RoleBot has no conversation reference there (install RoleBot in that team, or mention it there once)")]
    private static partial void LogNotInstalled(ILogger logger, string channel);

    [LoggerMessage(5402, LogLevel.Warning, "Teams experts channel {Channel}: the Bot Connector refused the question: {Reason}")]
    private static partial void LogSendFailed(ILogger logger, string channel, string reason);
}
