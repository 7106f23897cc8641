namespace RoleBot.State.Redis;

/// <summary>
/// Connects <see cref="RedisConnection"/> asynchronously at start. Start-up waits for it at most
/// <see cref="StartWait"/>, so a reachable Redis is in use from the first request; an unreachable one delays nothing
/// further: the connect goes on in the background and answers degrade until it succeeds.
/// </summary>
internal sealed class RedisConnector(RedisConnection connection) : IHostedService, IDisposable
{
    /// <summary>Longest start-up waits for the first connect (5 s).</summary>
    public static readonly TimeSpan StartWait = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();
    private Task? _connecting;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _connecting = ConnectAsync();
        await Task.WhenAny(_connecting, Task.Delay(StartWait, cancellationToken));
    }

    private async Task ConnectAsync()
    {
        try
        {
            await connection.ConnectAsync(_stopping.Token);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
        }
#pragma warning disable CA1031 // With AbortOnConnectFail off this should not throw; if it does, answers go on without Redis.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            connection.ReportOutage(ex.Message);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        if (_connecting is not null)
        {
            await _connecting;
        }
    }

    public void Dispose() => _stopping.Dispose();
}
