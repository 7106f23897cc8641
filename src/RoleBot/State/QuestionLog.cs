namespace RoleBot.State;

/// <summary>One question asked on any channel, answered or not, with the passages its answer cited (at most 3 kept).</summary>
public sealed record AskedQuestion(DateTimeOffset At, string Channel, string Question, bool Answered, IReadOnlyList<string> CitationIds);

/// <summary>A question as often asked, with how often it went unanswered and the passages its latest answer cited.</summary>
public sealed record FrequentQuestion(string Question, int Count, int Unanswered, IReadOnlyList<string> CitationIds);

/// <summary>Every question asked, for the insights page's "most asked" list (SQLite by default, Redis when configured).</summary>
public interface IQuestionLog
{
    /// <summary>Adds a batch (see <see cref="QuestionLogBuffer"/>).</summary>
    Task AddAsync(IReadOnlyList<AskedQuestion> questions, CancellationToken cancellationToken = default);

    /// <summary>Most asked questions (grouped case-insensitively), most frequent first.</summary>
    Task<IReadOnlyList<FrequentQuestion>> MostAskedAsync(int limit, CancellationToken cancellationToken = default);
}
