using System.Threading.Channels;

namespace RoleBot.State;

/// <summary>
/// Keeps the question log off the answer path: questions are queued in memory and written in batches (one transaction)
/// by a background loop, so a cached answer still costs microseconds. A full queue drops entries (counted in the log
/// once per minute of drops) rather than slowing answers; readers call <see cref="FlushAsync"/> first.
/// </summary>
public sealed partial class QuestionLogBuffer(IQuestionLog log, ILogger<QuestionLogBuffer> logger) : BackgroundService
{
    /// <summary>Questions waiting to be written at most (10,000); more are dropped.</summary>
    public const int Capacity = 10_000;

    /// <summary>Most questions written per batch (500).</summary>
    public const int MaxBatch = 500;

    /// <summary>Pause between batches (250 ms), so a burst becomes a few transactions.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(250);

    private readonly Channel<AskedQuestion> _queue = Channel.CreateBounded<AskedQuestion>(new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly SemaphoreSlim _writing = new(1, 1);
    private long _dropped;

    public void Add(AskedQuestion question)
    {
        if (!_queue.Writer.TryWrite(question))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    /// <summary>Writes everything queued so far (the insights page calls this before reading).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            var batch = new List<AskedQuestion>(MaxBatch);
            while (_queue.Reader.TryRead(out var question))
            {
                batch.Add(question);
                if (batch.Count == MaxBatch)
                {
                    await WriteAsync(batch, cancellationToken);
                    batch.Clear();
                }
            }

            await WriteAsync(batch, cancellationToken);
        }
        finally
        {
            _writing.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
                if (Interlocked.Exchange(ref _dropped, 0) is > 0 and var dropped)
                {
                    LogDropped(logger, dropped);
                }

                await Task.Delay(Pause, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await FlushAsync(CancellationToken.None);            // what is queued at shutdown is still written
        }
    }

    private async Task WriteAsync(List<AskedQuestion> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await log.AddAsync(batch, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A store outage costs these lines of the insights page, never an answer.
            LogWriteFailed(logger, batch.Count, ex.GetType().Name, ex.Message);
        }
    }

    public override void Dispose()
    {
        _writing.Dispose();
        base.Dispose();
    }

    [LoggerMessage(3401, LogLevel.Warning, "Question log queue full: {Count} questions were not logged (answers were not affected)")]
    private static partial void LogDropped(ILogger logger, long count);

    [LoggerMessage(3402, LogLevel.Warning, "Could not write {Count} questions to the question log ({Type}): {Reason}")]
    private static partial void LogWriteFailed(ILogger logger, int count, string type, string reason);
}
