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

    /// <summary>Notes that an answer cited these documents, so `report` can list documents nobody is pointed to.</summary>
    /// <remarks>Default: not kept (a store that does not implement it reports every document as never cited).</remarks>
    Task AddCitedAsync(CitedRecord cited, CancellationToken cancellationToken = default) => Task.CompletedTask;

    /// <summary>When each document (source path) was last cited; documents never cited are absent.</summary>
    Task<IReadOnlyDictionary<string, DateTimeOffset>> LastCitedAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, DateTimeOffset>>(new Dictionary<string, DateTimeOffset>());
}
