namespace RoleBot.Experts;

/// <summary>Every hand-off, from the asker's click to its answer or timeout (SQLite by default, Redis when configured).</summary>
public interface IHandoffStore
{
    Task AddAsync(Handoff handoff, CancellationToken cancellationToken = default);

    Task<Handoff?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The hand-off whose question was posted at <paramref name="targetKey"/> (see <see cref="Handoff.TargetKey"/>).</summary>
    Task<Handoff?> FindByTargetAsync(string targetKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores <paramref name="next"/> if the stored version is still <paramref name="expectedVersion"/>; false when
    /// someone else changed it first (e.g. the expert answered while the timeout fired).
    /// </summary>
    Task<bool> TryReplaceAsync(Handoff next, int expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Newest first; only those in <paramref name="state"/> when given.</summary>
    Task<IReadOnlyList<Handoff>> ListAsync(int limit, HandoffState? state = null, CancellationToken cancellationToken = default);
}

/// <summary>An answer an expert gave, saved with "Save as answer" for RoleBot to offer first next time.</summary>
public sealed record CuratedAnswer(
    string Id,
    IReadOnlyList<string> Questions,
    string Answer,
    string Owner,
    DateTimeOffset Updated,
    IReadOnlyList<string> Sources,
    string? HandoffId);

/// <summary>
/// Where "Save as answer" puts curated answers. The retrieval side (answers/*.md, <c>answers export</c>) reads them
/// through <see cref="ICuratedAnswerStore"/>.
/// </summary>
public interface ICuratedAnswerSink
{
    /// <summary>Adds or replaces (by <see cref="CuratedAnswer.Id"/>) a curated answer.</summary>
    Task SaveAsync(CuratedAnswer answer, CancellationToken cancellationToken = default);
}

public interface ICuratedAnswerStore : ICuratedAnswerSink
{
    /// <summary>Every saved answer, newest first.</summary>
    Task<IReadOnlyList<CuratedAnswer>> ListAsync(CancellationToken cancellationToken = default);
}

/// <summary>How to post proactively into a Bot Framework conversation (a Teams channel RoleBot was installed in).</summary>
public sealed record ConversationReference(string ServiceUrl, string ConversationId, string ChannelId, string? BotId, string? BotName, string? TenantId, DateTimeOffset StoredAt);

/// <summary>Conversation references by Teams channel, team or conversation id, stored when RoleBot is installed there.</summary>
public interface IConversationReferenceStore
{
    Task SetAsync(string key, ConversationReference reference, CancellationToken cancellationToken = default);

    Task<ConversationReference?> GetAsync(string key, CancellationToken cancellationToken = default);
}
