using System.Text.Json.Serialization;

namespace RoleBot.Experts;

/// <summary>Where a hand-off stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HandoffState>))]
public enum HandoffState
{
    /// <summary>Sent to an expert or the experts channel; waiting for an answer.</summary>
    [JsonStringEnumMemberName("open")] Open,

    /// <summary>An expert answered and the answer went to the asker.</summary>
    [JsonStringEnumMemberName("answered")] Answered,

    /// <summary>Nobody answered within Experts:ReminderHours; the asker was told. A later answer is still relayed.</summary>
    [JsonStringEnumMemberName("timed_out")] TimedOut,

    /// <summary>Nobody is configured (or reachable) for this question; the asker was told, the question is kept.</summary>
    [JsonStringEnumMemberName("undelivered")] Undelivered,
}

/// <summary>Why the asker asked for an expert.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HandoffReason>))]
public enum HandoffReason
{
    [JsonStringEnumMemberName("not_covered")] NotCovered,
    [JsonStringEnumMemberName("not_helpful")] NotHelpful,
}

/// <summary>
/// A place a message can be sent to: a Slack channel (and thread), a Bot Framework conversation (Teams, Web Chat), or
/// the playground (which polls). Plain data so it can be stored as JSON.
/// </summary>
public sealed record HandoffAddress
{
    public const string Slack = "slack", BotFramework = "botframework", Web = "web";

    public required string Platform { get; init; }

    /// <summary>Slack channel id (or a user id: a DM).</summary>
    public string? Channel { get; init; }

    /// <summary>Slack thread; for the expert side, the ts of the posted question (replies in its thread are answers).</summary>
    public string? ThreadTs { get; init; }

    public string? ServiceUrl { get; init; }

    /// <summary>Bot Framework conversation id (a Teams channel thread carries ";messageid=").</summary>
    public string? ConversationId { get; init; }

    /// <summary>Bot Framework channel id: msteams, webchat, directline, emulator.</summary>
    public string? ChannelId { get; init; }

    public string? BotId { get; init; }

    public string? BotName { get; init; }

    /// <summary>Playground session (the page polls for its hand-offs).</summary>
    public string? SessionId { get; init; }

    public bool IsTeams => string.Equals(ChannelId, "msteams", StringComparison.OrdinalIgnoreCase);

    public string Describe() => Platform switch
    {
        Slack => $"Slack {Channel}",
        BotFramework => IsTeams ? $"Teams {ConversationId}" : $"{ChannelId} conversation",
        _ => "playground",
    };
}

/// <summary>
/// One question passed to an expert at the asker's request: who asked and where to answer them, where the question
/// went and to whom, and what became of it. Stored (SQLite / Redis) from the click to the answer.
/// </summary>
public sealed record Handoff
{
    public required string Id { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required string Question { get; init; }

    public required HandoffReason Reason { get; init; }

    /// <summary>Platform of the asker: slack, teams, webchat, web, ...</summary>
    public required string AskerChannel { get; init; }

    public string? AskerId { get; init; }

    public string? AskerName { get; init; }

    public required HandoffAddress Asker { get; init; }

    /// <summary>A link back to the asker's conversation, when one can be made.</summary>
    public string? LinkBack { get; init; }

    /// <summary>Passages of the answer found not helpful (none for "not covered").</summary>
    public IReadOnlyList<string> PassageIds { get; init; } = [];

    /// <summary>Display names of the experts it was routed to (may be empty: the experts channel at large).</summary>
    public IReadOnlyList<string> Experts { get; init; } = [];

    /// <summary>Why it went where it went ("owner of team/ml-notes.md", "experts channel").</summary>
    public string? Route { get; init; }

    /// <summary>Where the question was posted for the experts; null while undelivered.</summary>
    public HandoffAddress? Target { get; init; }

    public HandoffState State { get; init; }

    /// <summary>Why it is undelivered, in words for the operator.</summary>
    public string? Note { get; init; }

    public string? ExpertId { get; init; }

    public string? ExpertName { get; init; }

    public string? AnswerText { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    public DateTimeOffset? TimedOutAt { get; init; }

    /// <summary>Saved as a curated answer ("Save as answer").</summary>
    public bool Saved { get; init; }

    /// <summary>Optimistic concurrency: every stored change increments it (answer vs timeout races).</summary>
    public int Version { get; init; }

    /// <summary>Key of <see cref="Target"/> for finding the hand-off from an expert's Slack thread reply.</summary>
    public static string? TargetKey(HandoffAddress? target) =>
        target is { Platform: HandoffAddress.Slack, ThreadTs: { } ts } ? "slack:" + ts : null;
}

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Handoff))]
[JsonSerializable(typeof(CuratedAnswer))]
[JsonSerializable(typeof(ConversationReference))]
internal sealed partial class ExpertsJson : JsonSerializerContext;
