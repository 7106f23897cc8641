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
}
