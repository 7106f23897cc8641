using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace RoleBot.State.Redis;

/// <summary>
/// The one Redis connection, made asynchronously by <see cref="RedisConnector"/> after start-up, never inside a request
/// (a synchronous connect in a DI factory blocked thread-pool threads and stalled every request, /healthz included).
/// Until it is connected, and whenever Redis is unreachable, <see cref="TryGetDatabase"/> says no at once and the stores
/// degrade: answers go on without de-duplication, conversation context or feedback storage. StackExchange.Redis
/// reconnects by itself; commands fail fast while disconnected instead of queueing behind the outage.
/// </summary>
public sealed partial class RedisConnection(IOptions<RedisStateOptions> options, ILogger<RedisConnection> logger) : StateStoreHealth, IAsyncDisposable
{
    private IConnectionMultiplexer? _multiplexer;
    private int _outageLogged;

    public override bool IsHealthy => Volatile.Read(ref _multiplexer)?.IsConnected == true;

    public override string Describe() => IsHealthy ? "redis" : "redis unreachable";

    /// <summary>The database when Redis is connected; otherwise false, without waiting, and the outage is logged once.</summary>
    public bool TryGetDatabase(out IDatabase database)
    {
        var multiplexer = Volatile.Read(ref _multiplexer);
        if (multiplexer is { IsConnected: true })
        {
            database = multiplexer.GetDatabase();
            return true;
        }

        database = null!;
        ReportOutage("not connected");
        return false;
    }

    /// <summary>True for the errors of an unreachable or slow Redis, which degrade instead of failing an answer.</summary>
    /// <summary>The database, or at once a <see cref="StateStoreUnavailableException"/> while Redis is unreachable.</summary>
    public IDatabase Database() => TryGetDatabase(out var database)
        ? database
        : throw new StateStoreUnavailableException("Redis is unreachable; the state store is unavailable.");

    public static bool IsOutage(Exception ex) => ex is RedisException or TimeoutException or ObjectDisposedException;

    /// <summary>Logs the first failure of an outage (not every request's), so the log shows when it started.</summary>
    public void ReportOutage(string reason)
    {
        if (Interlocked.Exchange(ref _outageLogged, 1) == 0)
        {
            LogOutage(logger, reason);
        }
    }

    /// <summary>The client options: the operator's string plus settings that keep answers from waiting on Redis.</summary>
    public static ConfigurationOptions ClientOptions(RedisStateOptions settings)
    {
        var configuration = settings.Configuration ?? "";
        var options = ConfigurationOptions.Parse(configuration);
        // Start (and keep retrying) while Redis is unreachable instead of failing the host.
        options.AbortOnConnectFail = false;
        // While disconnected, fail a command at once rather than queue it until its timeout.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ReconnectRetryPolicy = new ExponentialRetry(250, 5_000);
        var timeout = (int)settings.OperationTimeout.TotalMilliseconds;
        if (!configuration.Contains("asyncTimeout", StringComparison.OrdinalIgnoreCase))
        {
            options.AsyncTimeout = timeout;
        }

        if (!configuration.Contains("syncTimeout", StringComparison.OrdinalIgnoreCase))
        {
            options.SyncTimeout = timeout;
        }

        return options;
    }

    internal async Task ConnectAsync(CancellationToken cancellationToken)
    {
        var connecting = ConnectionMultiplexer.ConnectAsync(ClientOptions(options.Value));
        // Shutdown does not wait for a slow first connect; the multiplexer is disposed whenever it is made.
        _ = connecting.ContinueWith(t => { if (t.IsCompletedSuccessfully && cancellationToken.IsCancellationRequested) { t.Result.Dispose(); } }, TaskScheduler.Default);
        var multiplexer = await connecting.WaitAsync(cancellationToken);
        multiplexer.ConnectionFailed += (_, e) => ReportOutage(e.FailureType.ToString());
        multiplexer.ConnectionRestored += (_, _) =>
        {
            if (Interlocked.Exchange(ref _outageLogged, 0) == 1)
            {
                LogRestored(logger);
            }
        };
        Volatile.Write(ref _multiplexer, multiplexer);
        if (multiplexer.IsConnected && Interlocked.Exchange(ref _outageLogged, 0) == 1)
        {
            LogRestored(logger);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _multiplexer, null) is { } multiplexer)
        {
            await multiplexer.DisposeAsync();
        }
    }

    [LoggerMessage(5001, LogLevel.Warning, "Redis is unreachable ({Reason}): answering without de-duplication, conversation context and feedback storage until it is back")]
    private static partial void LogOutage(ILogger logger, string reason);

    [LoggerMessage(5002, LogLevel.Information, "Redis is reachable again: shared state is back")]
    private static partial void LogRestored(ILogger logger);
}
