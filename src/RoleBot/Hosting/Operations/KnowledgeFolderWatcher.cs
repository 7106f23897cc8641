using RoleBot.Knowledge;

namespace RoleBot.Hosting.Operations;

/// <summary>
/// Watches the knowledge folder (recursively) and calls <see cref="KnowledgeHost.Reload"/> once changes have been quiet
/// for the debounce time. The reload builds off to the side and swaps atomically; a failed build keeps the last good
/// knowledge (reported through <see cref="KnowledgeHost.LastReloadError"/>), a broken file is skipped with a warning.
/// A file watch is bound to one directory, not to a path: when the folder is deleted and re-created, or missing at
/// start, the old watch sees nothing. So the folder is also polled (<see cref="ReloadOptions.PollInterval"/>): a
/// folder that disappeared is reported, and a folder that (re)appeared or whose listing changed unseen is re-armed
/// and reloaded. Used by the web host (<see cref="KnowledgeWatcherService"/>) and by <c>index --watch</c>.
/// </summary>
public sealed partial class KnowledgeFolderWatcher : IDisposable
{
    private readonly KnowledgeHost _knowledge;
    private readonly TimeSpan _debounce;
    private readonly TimeSpan _poll;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _changed = new(0);
    private FileSystemWatcher? _watcher;
    private string _listing = "";
    private long _changes;

    public KnowledgeFolderWatcher(KnowledgeHost knowledge, TimeSpan debounce, ILogger logger, TimeSpan? poll = null)
    {
        _knowledge = knowledge;
        _debounce = debounce;
        _poll = poll ?? new ReloadOptions().PollInterval;
        _logger = logger;
        Folder = knowledge.Folder;
        // Watching starts now, so a change made right after construction is never missed; RunAsync acts on it.
        _listing = FolderListing.Of(Folder);
        TryArm();
    }

    /// <summary>Raised after each reload attempt with whether it succeeded (the CLI prints a report).</summary>
    public event Action<bool>? Reloaded;

    public string Folder { get; }

    /// <summary>Reloads after each burst of changes until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        LogWatching(_logger, Folder, _debounce.TotalMilliseconds);
        if (_watcher is null)
        {
            LogFolderMissing(_logger, Folder);
        }

        try
        {
            while (true)
            {
                if (!await _changed.WaitAsync(_poll, cancellationToken))
                {
                    Poll();
                    continue;
                }

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

                // Re-arm before reading: the folder may be a new directory at the same path, and a change made while
                // the reload reads is then seen by the new watch and reloaded next.
                _listing = FolderListing.Of(Folder);
                TryArm();
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
            Disarm();
        }
    }

    /// <summary>Catches what the file watch cannot see: the folder gone, back, or replaced by another directory.</summary>
    private void Poll()
    {
        var listing = FolderListing.Of(Folder);
        if (listing == _listing)
        {
            return;
        }

        if (listing.Length == 0)
        {
            LogFolderMissing(_logger, Folder);
            Disarm();
        }
        else if (_listing.Length == 0)
        {
            LogFolderBack(_logger, Folder);
        }

        Signal();
    }

    private void TryArm()
    {
        FileSystemWatcher next;
        try
        {
            next = new FileSystemWatcher(Folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                InternalBufferSize = 64 * 1024,
            };
        }
        catch (ArgumentException)
        {
            Disarm();                                   // the folder does not exist (now): polling notices its return
            return;
        }

        next.Created += OnChanged;
        next.Changed += OnChanged;
        next.Deleted += OnChanged;
        next.Renamed += OnChanged;
        // A lost event (buffer overflow) may hide a change: reload to be safe.
        next.Error += (_, e) => { LogWatchError(_logger, e.GetException().Message); Signal(); };
        try
        {
            next.EnableRaisingEvents = true;
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // Gone between the check and the watch, or out of inotify watches: polling still sees every change.
            LogWatchError(_logger, ex.Message);
            next.Dispose();
            Disarm();
            return;
        }

        // The new watch runs before the old one stops, so no change falls between them.
        Interlocked.Exchange(ref _watcher, next)?.Dispose();
    }

    private void Disarm() => Interlocked.Exchange(ref _watcher, null)?.Dispose();

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
        Disarm();
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

    [LoggerMessage(4007, LogLevel.Warning, "The knowledge folder {Folder} does not exist; the last good knowledge keeps serving and reload resumes when it is back")]
    private static partial void LogFolderMissing(ILogger logger, string folder);

    [LoggerMessage(4008, LogLevel.Information, "The knowledge folder {Folder} is back; reloading")]
    private static partial void LogFolderBack(ILogger logger, string folder);
}
