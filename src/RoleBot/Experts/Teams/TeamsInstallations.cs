using System.Collections.Concurrent;
using RoleBot.Channels.Rules;
using RoleBot.Channels.Teams;

namespace RoleBot.Experts.Teams;

/// <summary>
/// Stores a conversation reference when RoleBot is installed in a team or chat (conversationUpdate with RoleBot among
/// the members added, installationUpdate "add"), and the first time it hears from a team channel, so it can later
/// post proactively there (the Teams experts channel). Never fails the activity.
/// </summary>
internal sealed partial class TeamsInstallations(IConversationReferenceStore references, TimeProvider time, ILogger<TeamsInstallations> logger)
{
    private readonly ConcurrentDictionary<string, byte> _known = new(StringComparer.OrdinalIgnoreCase);

    public async Task RememberAsync(Activity activity, Uri? serviceUrl, CancellationToken cancellationToken)
    {
        if (serviceUrl is null || activity.Conversation?.Id is null)
        {
            return;
        }

        var botId = activity.Recipient?.Id;
        var installed = (activity.Type == ActivityTypes.ConversationUpdate && (activity.MembersAdded ?? []).Any(m => string.Equals(m?.Id, botId, StringComparison.OrdinalIgnoreCase)))
            || (activity.Type == "installationUpdate" && ActionOf(activity)?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true);
        var channelMessage = activity.Type == ActivityTypes.Message && activity.Conversation.ConversationType == "channel";
        var keys = ChannelRules.TeamsIds(activity).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (!(installed || channelMessage) || keys.Count == 0 || (!installed && keys.All(_known.ContainsKey)))
        {
            return;
        }

        // Posting "to a channel" starts a new thread there: the channel's id, without a thread's ";messageid=".
        var channel = keys[0];
        var reference = new ConversationReference(serviceUrl.AbsoluteUri, channel, activity.ChannelId ?? QuestionResponder.TeamsChannelId, botId,
            activity.Recipient?.Name, activity.Conversation.TenantId ?? ChannelRules.Str(ChannelRules.At(activity.ChannelData, "tenant", "id")), time.GetUtcNow());
        try
        {
            foreach (var key in keys)
            {
                await references.SetAsync(key, reference, cancellationToken);
                _known[key] = 1;
            }

            if (installed)
            {
                LogStored(logger, channel);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStoreFailed(logger, ex.GetType().Name, ex.Message);
        }
    }

    /// <summary>installationUpdate carries its action ("add", "add-upgrade", "remove") at the top level.</summary>
    private static string? ActionOf(Activity activity) =>
        activity.Extra is { } extra && extra.TryGetValue("action", out var action) && action.ValueKind == System.Text.Json.JsonValueKind.String ? action.GetString() : null;

    [LoggerMessage(5501, LogLevel.Information, "Stored the conversation reference of Teams conversation {Conversation} (proactive posts, e.g. an experts channel)")]
    private static partial void LogStored(ILogger logger, string conversation);

    [LoggerMessage(5502, LogLevel.Warning, "Could not store a Teams conversation reference ({Type}): {Reason}")]
    private static partial void LogStoreFailed(ILogger logger, string type, string reason);
}
