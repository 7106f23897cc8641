namespace RoleBot.State;

/// <summary>Conversation state and de-duplication settings (section "State").</summary>
public sealed class StateOptions
{
    public const string SectionName = "State";

    /// <summary>How long a conversation's context lives after its last question (default 30 minutes).</summary>
    public TimeSpan ConversationTtl { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long delivery ids are remembered (default 1 hour; Slack retries for up to about 5 minutes).</summary>
    public TimeSpan DeduplicationWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>SQLite file for feedback and unanswered questions (default: rolebot.db in the working directory).</summary>
    public string FeedbackDatabase { get; set; } = "rolebot.db";

    /// <summary>
    /// Most unanswered questions kept for the knowledge-gap report (default 10,000; in SQLite each ask is one, in
    /// Redis each distinct question); the oldest are removed first. Votes are kept apart and never removed by it.
    /// </summary>
    public int MaxUnanswered { get; set; } = 10_000;

    /// <summary>How long an unanswered question is kept (default 90 days; in Redis counted from its last ask).</summary>
    public TimeSpan UnansweredRetention { get; set; } = TimeSpan.FromDays(90);
}
