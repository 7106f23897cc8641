namespace RoleBot.ConfigFiles;

/// <summary>How a settings file (experts.yml, channels.yml) was last read.</summary>
public enum ConfigFileState
{
    /// <summary>No such file: the feature it configures is simply off.</summary>
    Absent,

    /// <summary>Read without a problem.</summary>
    Ok,

    /// <summary>Read, but some entries were ignored (each one logged with its reason).</summary>
    Warnings,

    /// <summary>Not readable at all (bad YAML, not a mapping): the last good settings stay in use.</summary>
    Invalid,
}

/// <summary>
/// What <c>/readyz</c> shows for a settings file: counts and a generic message only. Paths and entry details stay in the
/// log, since /readyz is often reachable by more people than the log.
/// </summary>
public sealed record ConfigFileStatus(string Name, ConfigFileState State, int Entries, int Warnings, DateTimeOffset? LoadedAt)
{
    public string Message => State switch
    {
        ConfigFileState.Absent => "not configured",
        ConfigFileState.Ok => "ok",
        ConfigFileState.Warnings => $"{Warnings} {(Warnings == 1 ? "entry was" : "entries were")} ignored; see the RoleBot log for which and why",
        _ => "the file could not be read; the last good settings stay in use (see the RoleBot log)",
    };
}

/// <summary>A live-reloaded settings file that reports its status in /readyz.</summary>
public interface IConfigFileReport
{
    ConfigFileStatus Status { get; }

    /// <summary>Starts watching the file for changes (the web host does; CLI verbs read it once).</summary>
    void Watch();
}
