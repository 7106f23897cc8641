using System.Threading.Channels;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Replies run here, after the inbound POST is acknowledged (Bot Service waits at most 15 s, and a connector retry
/// honouring Retry-After can take longer). At most <see cref="Capacity"/> wait; up to <see cref="Workers"/> run at once.
/// </summary>
internal sealed partial class ReplyQueue(ILogger<ReplyQueue> logger) : BackgroundService
{
    public const int Capacity = 1000;
    public const int Workers = 8;

    private readonly Channel<Func<CancellationToken, Task>> _items =
        Channel.CreateBounded<Func<CancellationToken, Task>>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait });

    /// <summary>False when the queue is full (the caller answers 503 so the channel retries later).</summary>
    public bool TryEnqueue(Func<CancellationToken, Task> work) => _items.Writer.TryWrite(work);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(_items.Reader.ReadAllAsync(stoppingToken), new ParallelOptions { MaxDegreeOfParallelism = Workers, CancellationToken = stoppingToken },
            async (work, ct) =>
            {
                try
                {
                    await work(ct);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                }
#pragma warning disable CA1031 // One failed reply must not stop the others; it is logged.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogFailed(logger, ex.GetType().Name, ex.Message);
                }
            });

    [LoggerMessage(3301, LogLevel.Warning, "A Bot Framework reply failed: {Type}: {Message}")]
    private static partial void LogFailed(ILogger logger, string type, string message);
}
