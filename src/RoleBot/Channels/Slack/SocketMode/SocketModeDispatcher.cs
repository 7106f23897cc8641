using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleBot.Channels.Slack.SocketMode;

/// <summary>
/// Routes a Socket Mode envelope's payload to the same handlers the HTTP endpoints use (no request signing in this
/// mode: the app-token WebSocket is the authentication). Returns whether to acknowledge, and the ack's optional payload
/// (a slash command's reply). An event that finds the reply queue full is not acknowledged, so Slack delivers it again.
/// </summary>
public sealed class SocketModeDispatcher(SlackEventProcessor events, SlackCommandHandler commands, SlackInteractionHandler interactions,
    ILogger<SocketModeDispatcher> logger)
{
    public (bool Ack, JsonObject? Payload) Dispatch(JsonElement envelope)
    {
        if (envelope.Obj("payload") is not { } payload)
        {
            return (true, null);
        }

        switch (envelope.Str("type"))
        {
            case "events_api":
                if (events.Handle(payload) == SlackEventOutcome.Busy)
                {
                    logger.LogWarning("Slack reply queue is full; leaving a Socket Mode event unacknowledged so Slack redelivers it");
                    return (false, null);
                }

                return (true, null);
            case "slash_commands":
                var form = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var field in payload.EnumerateObject())
                {
                    if (field.Value.ValueKind == JsonValueKind.String)
                    {
                        form[field.Name] = field.Value.GetString()!;
                    }
                }

                return (true, commands.Handle(form));
            case "interactive":
                interactions.Handle(payload);
                return (true, null);
            default:
                return (true, null);
        }
    }
}
