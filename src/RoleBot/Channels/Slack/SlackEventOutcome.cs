namespace RoleBot.Channels.Slack;

/// <summary>What the Events API (HTTP) or an events_api envelope (Socket Mode) should answer.</summary>
public enum SlackEventOutcome
{
    /// <summary>Queued for an answer, or nothing to do: acknowledge with 200.</summary>
    Accepted,

    /// <summary>Not an event payload RoleBot understands: 400.</summary>
    Invalid,

    /// <summary>The reply queue is full: 503, so Slack delivers again later.</summary>
    Busy,
}
