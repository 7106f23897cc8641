namespace RoleBot.State;

/// <summary>Durable store of votes and unanswered questions, shared by every channel (SQLite by default).</summary>
public interface IFeedbackStore
{
    Task AddFeedbackAsync(FeedbackRecord feedback, CancellationToken cancellationToken = default);

    Task AddUnansweredAsync(UnansweredRecord unanswered, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<FeedbackRecord>> RecentFeedbackAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Most frequent unanswered questions (case-insensitive), most frequent first.</summary>
    Task<IReadOnlyList<(string Question, int Count)>> TopUnansweredAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Answers with the most "not helpful" votes, worst first.</summary>
    Task<IReadOnlyList<(string Question, int NotHelpful, int Helpful)>> WorstRatedAsync(int limit, CancellationToken cancellationToken = default);
}
