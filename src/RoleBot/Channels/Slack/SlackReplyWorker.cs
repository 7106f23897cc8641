using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace RoleBot.Channels.Slack;

/// <summary>
/// Bounded queue of replies to send after Slack's request was acknowledged (Slack wants 2xx within 3 s). ReplyWorkers
/// drain it; on shutdown the queue stops taking work and the workers finish what is queued and in flight, until the
/// host's shutdown timeout cancels them.
/// </summary>
public sealed class SlackReplyWorker : IHostedService, IDisposable
{
    private readonly Channel<Func<CancellationToken, Task>> _queue;
    private readonly CancellationTokenSource _abort = new();
    private readonly ILogger<SlackReplyWorker> _logger;
    private readonly int _workerCount;
    private Task[] _workers = [];

    public SlackReplyWorker(IOptions<SlackOptions> options, ILogger<SlackReplyWorker> logger)
    {
        _logger = logger;
        _workerCount = Math.Clamp(options.Value.ReplyWorkers, 1, 16);
        _queue = Channel.CreateBounded<Func<CancellationToken, Task>>(
            new BoundedChannelOptions(Math.Clamp(options.Value.ReplyQueueCapacity, 1, 100_000)) { SingleReader = false });
    }

    /// <summary>False when the queue is full or shutting down; the caller answers 503 so Slack delivers again later.</summary>
    public bool TryEnqueue(Func<CancellationToken, Task> work) => _queue.Writer.TryWrite(work);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _workers = [.. Enumerable.Range(0, _workerCount).Select(_ => Task.Run(() => DrainAsync(_abort.Token), CancellationToken.None))];
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        try
        {
            await Task.WhenAll(_workers).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _logger.LogWarning("Shutdown timeout reached; abandoning queued Slack replies");
            await _abort.CancelAsync();
        }
    }

    private async Task DrainAsync(CancellationToken abort)
    {
        try
        {
            await foreach (var work in _queue.Reader.ReadAllAsync(abort))
            {
                try
                {
                    await work(abort);
                }
#pragma warning disable CA1031 // One failed reply must not stop the worker that sends the others.
                catch (Exception ex) when (!abort.IsCancellationRequested)
#pragma warning restore CA1031
                {
                    _logger.LogError(ex, "A Slack reply failed");
                }
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
        }
    }

    public void Dispose() => _abort.Dispose();
}
