namespace RoleBot.Hosting.Operations;

/// <summary>Live reload of the knowledge folder (section "Reload").</summary>
public sealed class ReloadOptions
{
    public const string SectionName = "Reload";

    /// <summary>Watch the knowledge folder and re-index on change (default on).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Quiet time after the last change before re-indexing (default 500 ms), so a copy of many files is one reload.</summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How often the folder is also checked without the file watch (default 5 s): a folder deleted and re-created, or
    /// missing at start-up, is noticed this long after it changes. Each check lists names, sizes and times only.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
