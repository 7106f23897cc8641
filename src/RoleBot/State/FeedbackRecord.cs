namespace RoleBot.State;

/// <summary>A vote on an answer, from any channel.</summary>
public sealed record FeedbackRecord(
    DateTimeOffset At,
    string Channel,
    string Question,
    string AnswerText,
    IReadOnlyList<string> CitationIds,
    bool Helpful,
    string? Comment,
    string? UserId);

/// <summary>A question RoleBot could not answer, kept for the knowledge-gap report.</summary>
public sealed record UnansweredRecord(DateTimeOffset At, string Channel, string Question);

/// <summary>An answer's cited documents (source paths relative to the knowledge folder), for "not cited lately" in `report`.</summary>
public sealed record CitedRecord(DateTimeOffset At, string Channel, IReadOnlyList<string> Sources);
