namespace RoleBot.Channels.Slack;

/// <summary>
/// The bot's own Slack user id, so RoleBot never answers itself: taken from an event's authorizations[0].user_id when
/// present, else asked once of auth.test (a failed call is retried on the next event instead of being cached).
/// </summary>
public sealed class SlackBotIdentity(SlackWebApiClient api) : IDisposable
{
    private volatile string? _userId;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public void Learn(string? userId)
    {
        if (!string.IsNullOrEmpty(userId))
        {
            _userId ??= userId;
        }
    }

    public async ValueTask<string?> GetUserIdAsync(CancellationToken cancellationToken)
    {
        if (_userId is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            _userId ??= await api.AuthTestAsync(cancellationToken);
            return _userId;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
