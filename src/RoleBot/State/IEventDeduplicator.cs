namespace RoleBot.State;

/// <summary>
/// Remembers delivery ids (Slack event_id, Bot Framework activity id) so a retried delivery is answered once,
/// across replicas when Redis is configured.
/// </summary>
public interface IEventDeduplicator
{
    /// <summary>True the first time <paramref name="eventId"/> is seen within the window; false for repeats.</summary>
    ValueTask<bool> TryBeginAsync(string eventId, CancellationToken cancellationToken = default);
}
