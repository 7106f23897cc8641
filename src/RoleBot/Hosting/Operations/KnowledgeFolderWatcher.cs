using RoleBot.Knowledge;

namespace RoleBot.Hosting.Operations;

/// <summary>
/// Watches the knowledge folder (recursively) and calls <see cref="KnowledgeHost.Reload"/> once changes have been quiet
/// for the debounce time. The reload builds off to the side and swaps atomically; a failed build keeps the last good
/// knowledge (reported through <see cref="KnowledgeHost.LastReloadError"/>), a broken file is skipped with a warning.
/// Used by the web host (<see cref="KnowledgeWatcherService"/>) and by <c>index --watch</c>.
/// </summary>
public sealed partial class KnowledgeFolderWatcher : IDisposable
{
    private readonly KnowledgeHost _knowledge;
    private readonly TimeSpan _debounce;
    private readonly ILogger _logger;
    private readonly FileSystemWatcher _watcher;
    private readonly SemaphoreSlim _changed = new(0);
    private long _changes;

    public KnowledgeFolderWatcher(KnowledgeHost knowledge, TimeSpan debounce, ILogger logger)
    {
        _knowledge = knowledge;
        _debounce = debounce;
        _logger = logger;
        _watcher = new FileSystemWatcher(knowledge.Folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            InternalBufferSize = 64 * 1024,
        };
        _watcher.Created += OnChanged;
        _watcher.Changed += OnChanged;
        _watcher.Deleted += OnChanged;
        _watcher.Renamed += OnChanged;
        // A lost event (buffer overflow) may hide a change: reload to be safe.
        _watcher.Error += (_, e) => { LogWatchError(_logger, e.GetException().Message); Signal(); };
        // Watching starts now, so a change made right after construction is never missed; RunAsync acts on it.
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Raised after each reload attempt with whether it succeeded (the CLI prints a report).</summary>
    public event Action<bool>? Reloaded;

    public string Folder => _watcher.Path;

    /// <summary>Starts watching and reloads after each burst of changes until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        LogWatching(_logger, Folder, _debounce.TotalMilliseconds);
        try
        {
            while (true)
            {
                await _changed.WaitAsync(cancellationToken);
                // Debounce: wait until no change arrived for a whole quiet period.
                long seen;
                do
                {
                    seen = Interlocked.Read(ref _changes);
                    await Task.Delay(_debounce, cancellationToken);
                }
                while (Interlocked.Read(ref _changes) != seen);

                while (_changed.CurrentCount > 0)
                {
                    await _changed.WaitAsync(cancellationToken);
                }

                // Not inside Reloaded?.Invoke(...): with no subscriber the argument would never be evaluated.
                var ok = await Task.Run(ReloadOnce, cancellationToken);
                Reloaded?.Invoke(ok);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            _watcher.EnableRaisingEvents = false;
        }
    }

    private bool ReloadOnce()
    {
        bool ok;
        try
        {
            ok = _knowledge.Reload();
        }
        catch (KnowledgeLoadException ex)
        {
            // Only thrown while nothing has ever loaded; the next change tries again.
            LogReloadFailed(_logger, ex.Message);
            ok = false;
        }

        RoleBotTelemetry.Reloads.Add(1, new KeyValuePair<string, object?>("outcome", ok ? "ok" : "failed"));
        if (ok)
        {
            var knowledge = _knowledge.Current;
            LogReloaded(_logger, knowledge.Stats.Documents, knowledge.Stats.Passages, knowledge.Warnings.Count);
            foreach (var warning in knowledge.Warnings)
            {
                LogFileWarning(_logger, warning.ToString());
            }
        }
        else
        {
            LogKeptLastGood(_logger, _knowledge.LastReloadError ?? "unknown error");
        }

        return ok;
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        // Editors' swap and lock files are never knowledge. Dot names are not ignored: a Kubernetes ConfigMap volume
        // changes only through its hidden "..data" link.
        var name = Path.GetFileName(e.FullPath);
        if (name.EndsWith('~') || name.StartsWith(".#", StringComparison.Ordinal) || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".swx", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        Signal();
    }

    private void Signal()
    {
        Interlocked.Increment(ref _changes);
        _changed.Release();
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _changed.Dispose();
    }

    [LoggerMessage(4001, LogLevel.Information, "Watching {Folder} for changes (debounce {DebounceMs} ms)")]
    private static partial void LogWatching(ILogger logger, string folder, double debounceMs);

    [LoggerMessage(4002, LogLevel.Information, "Knowledge reloaded: {Documents} documents, {Passages} passages, {Warnings} warnings")]
    private static partial void LogReloaded(ILogger logger, int documents, int passages, int warnings);

    [LoggerMessage(4003, LogLevel.Warning, "Knowledge file skipped: {Warning}")]
    private static partial void LogFileWarning(ILogger logger, string warning);

    [LoggerMessage(4004, LogLevel.Error, "Knowledge reload failed; the last good knowledge keeps serving: {Reason}")]
    private static partial void LogKeptLastGood(ILogger logger, string reason);

    [LoggerMessage(4005, LogLevel.Error, "Knowledge could not be loaded: {Reason}")]
    private static partial void LogReloadFailed(ILogger logger, string reason);

    [LoggerMessage(4006, LogLevel.Warning, "Knowledge folder watch error: {Reason}")]
    private static partial void LogWatchError(ILogger logger, string reason);
}
