using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleBot.Channels.Slack.SocketMode;

/// <summary>
/// Routes a Socket Mode envelope's payload to the same handlers the HTTP endpoints use (no request signing in this
/// mode: the app-token WebSocket is the authentication). Returns the ack's optional payload (a slash command's reply).
/// </summary>
public sealed class SocketModeDispatcher(SlackEventProcessor events, SlackCommandHandler commands, SlackInteractionHandler interactions,
    ILogger<SocketModeDispatcher> logger)
{
    public JsonObject? Dispatch(JsonElement envelope)
    {
        if (envelope.Obj("payload") is not { } payload)
        {
            return null;
        }

        switch (envelope.Str("type"))
        {
            case "events_api":
                if (events.Handle(payload) == SlackEventOutcome.Busy)
                {
                    logger.LogWarning("Slack reply queue is full; Socket Mode event dropped");
                }

                return null;
            case "slash_commands":
                var form = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var field in payload.EnumerateObject())
                {
                    if (field.Value.ValueKind == JsonValueKind.String)
                    {
                        form[field.Name] = field.Value.GetString()!;
                    }
                }

                return commands.Handle(form);
            case "interactive":
                interactions.Handle(payload);
                return null;
            default:
                return null;
        }
    }
}
