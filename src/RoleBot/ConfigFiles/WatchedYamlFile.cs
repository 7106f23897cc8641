using System.Security.Cryptography;

namespace RoleBot.ConfigFiles;

/// <summary>
/// A YAML settings file read at first use and again whenever it changes (live reload). A file that cannot be parsed
/// keeps the last good settings; ignored entries are logged one line each and counted in <see cref="Status"/>. Missing
/// file = the feature is off. Never throws to its callers.
/// </summary>
public sealed partial class WatchedYamlFile<T> : IConfigFileReport, IDisposable where T : class
{
    /// <summary>Quiet time after a change before re-reading (editors write files in several steps).</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);

    /// <summary>Largest settings file read (256 KiB); a bigger one is refused as a whole, keeping the last good settings.</summary>
    public const long MaxBytes = 256 * 1024;

    private readonly string _name;
    private readonly Func<string?> _path;
    private readonly Func<string, T?, YamlParse<T>> _parse;
    private readonly T _empty;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private FileSystemWatcher? _watcher;
    private ITimer? _pending;
    private volatile T? _current;
    private T? _lastGood;
    private string? _hash;
    private ConfigFileStatus _status;

    /// <param name="parse">Parses the text; gets the last good settings so an entry broken by an edit can keep its old form.</param>
    public WatchedYamlFile(string name, Func<string?> path, Func<string, T?, YamlParse<T>> parse, T empty, TimeProvider time, ILogger logger)
    {
        _name = name;
        _path = path;
        _parse = parse;
        _empty = empty;
        _time = time;
        _logger = logger;
        _status = new ConfigFileStatus(name, ConfigFileState.Absent, 0, 0, null);
    }

    /// <summary>The settings in use (the empty settings when the file is absent).</summary>
    public T Current => _current ?? Load();

    public ConfigFileStatus Status
    {
        get
        {
            _ = Current;
            return _status;
        }
    }

    /// <summary>Raised after the settings in use changed.</summary>
    public event Action<T>? Changed;

    /// <summary>Re-reads the file now; returns the settings in use afterwards.</summary>
    public T Reload()
    {
        T result;
        var changed = false;
        lock (_gate)
        {
            var path = ResolvePath();
            if (path is null || !File.Exists(path))
            {
                changed = _current is not null && _hash is not null;
                _hash = null;
                _lastGood = null;
                _status = new ConfigFileStatus(_name, ConfigFileState.Absent, 0, 0, _time.GetUtcNow());
                _current = _empty;
                result = _empty;
            }
            else
            {
                (result, changed) = Read(path);
            }
        }

        if (changed)
        {
            Changed?.Invoke(result);
        }

        return result;
    }

    private (T Result, bool Changed) Read(string path)
    {
        string text;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                return Refuse(path, $"it is {info.Length:N0} bytes, over the {MaxBytes:N0}-byte limit");
            }

            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Refuse(path, $"it cannot be read ({ex.GetType().Name})");
        }

        var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        if (hash == _hash && _current is not null)
        {
            return (_current, false);
        }

        _hash = hash;
        YamlParse<T> parsed;
        try
        {
            parsed = _parse(text, _lastGood);
        }
#pragma warning disable CA1031 // A settings file must never take the service down; the reason is logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            parsed = YamlParse.Unusable<T>($"unexpected {ex.GetType().Name}");
        }

        if (parsed.Value is null)
        {
            return Refuse(path, parsed.Warnings.Count > 0 ? parsed.Warnings[0] : "unreadable");
        }

        foreach (var warning in parsed.Warnings)
        {
            LogEntryIgnored(_logger, _name, path, warning);
        }

        _lastGood = parsed.Value;
        _current = parsed.Value;
        _status = new ConfigFileStatus(_name, parsed.Warnings.Count == 0 ? ConfigFileState.Ok : ConfigFileState.Warnings, parsed.Entries, parsed.Warnings.Count, _time.GetUtcNow());
        LogLoaded(_logger, _name, parsed.Entries, parsed.Warnings.Count);
        return (parsed.Value, true);
    }

    private (T, bool) Refuse(string path, string reason)
    {
        LogUnusable(_logger, _name, path, reason, _lastGood is null ? "none (feature off until fixed)" : "the last good settings");
        var kept = _lastGood ?? _empty;
        _current = kept;
        _status = new ConfigFileStatus(_name, ConfigFileState.Invalid, _status.Entries, _status.Warnings, _time.GetUtcNow());
        return (kept, false);
    }

    /// <summary>Starts watching the file's folder; changes are read after <see cref="Debounce"/> of quiet.</summary>
    public void Watch()
    {
        lock (_gate)
        {
            var path = ResolvePath();
            var folder = path is null ? null : Path.GetDirectoryName(path);
            if (_watcher is not null || folder is null || !Directory.Exists(folder))
            {
                return;
            }

            // The whole folder, not just the name: a Kubernetes ConfigMap changes only through its "..data" link.
            _watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = false };
            _watcher.Created += OnChanged;
            _watcher.Changed += OnChanged;
            _watcher.Deleted += OnChanged;
            _watcher.Renamed += OnChanged;
            _watcher.EnableRaisingEvents = true;
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e)
    {
        lock (_gate)
        {
            _pending?.Dispose();
            _pending = _time.CreateTimer(_ => SafeReload(), null, Debounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void SafeReload()
    {
        try
        {
            Reload();
        }
#pragma warning disable CA1031 // A watcher callback must never crash the process.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogUnusable(_logger, _name, "(reload)", ex.GetType().Name, "the last good settings");
        }
    }

    private T Load()
    {
        lock (_gate)
        {
            if (_current is not null)
            {
                return _current;
            }
        }

        return Reload();
    }

    private string? ResolvePath()
    {
        try
        {
            return _path();
        }
        catch (Knowledge.KnowledgeLoadException)
        {
            return null;                                  // no knowledge folder: nothing next to it to read
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _watcher?.Dispose();
            _pending?.Dispose();
        }
    }

    [LoggerMessage(5001, LogLevel.Information, "{Name}: {Entries} entries in use ({Warnings} ignored)")]
    private static partial void LogLoaded(ILogger logger, string name, int entries, int warnings);

    [LoggerMessage(5002, LogLevel.Warning, "{Name} ({Path}): entry ignored: {Reason}")]
    private static partial void LogEntryIgnored(ILogger logger, string name, string path, string reason);

    [LoggerMessage(5003, LogLevel.Warning, "{Name} ({Path}) cannot be used: {Reason}; in use: {Kept}")]
    private static partial void LogUnusable(ILogger logger, string name, string path, string reason, string kept);
}
