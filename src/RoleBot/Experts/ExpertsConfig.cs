using Microsoft.Extensions.Options;
using RoleBot.ConfigFiles;
using RoleBot.Knowledge;

namespace RoleBot.Experts;

/// <summary>
/// experts.yml, live reloaded, plus the check /readyz and the log need: documents whose front matter names an owner
/// experts.yml does not know (counted as warnings; such questions fall back to the experts channel).
/// </summary>
public sealed partial class ExpertsConfig : IConfigFileReport, IDisposable
{
    private readonly WatchedYamlFile<ExpertsSettings> _file;
    private readonly KnowledgeHost _knowledge;
    private readonly ILogger<ExpertsConfig> _logger;
    private (KnowledgeBase Knowledge, ExpertsSettings Settings, IReadOnlyList<string> Unknown)? _owners;

    public ExpertsConfig(IOptions<ExpertsOptions> options, KnowledgeHost knowledge, TimeProvider time, ILogger<ExpertsConfig> logger)
    {
        _knowledge = knowledge;
        _logger = logger;
        _file = new WatchedYamlFile<ExpertsSettings>(ExpertsFile.FileName,
            () => options.Value.ConfigPath ?? Path.Combine(knowledge.Folder, ExpertsFile.FileName),
            ExpertsFile.Parse, ExpertsSettings.Empty, time, logger);
    }

    public ExpertsSettings Current => _file.Current;

    /// <summary>An experts file exists, so answers offer "Ask an expert" (even if it names nobody usable: the asker is then told).</summary>
    public bool Enabled => _file.Status.State != ConfigFileState.Absent;

    public ConfigFileStatus Status
    {
        get
        {
            var status = _file.Status;
            var unknown = UnknownOwners().Count;
            return unknown == 0 || status.State is ConfigFileState.Absent or ConfigFileState.Invalid
                ? status
                : status with { State = ConfigFileState.Warnings, Warnings = status.Warnings + unknown };
        }
    }

    public void Watch() => _file.Watch();

    public ExpertsSettings Reload() => _file.Reload();

    /// <summary>Owners named in documents' front matter that experts.yml does not know (logged once per reload of either).</summary>
    public IReadOnlyList<string> UnknownOwners()
    {
        if (!_knowledge.IsLoaded || !Enabled)
        {
            return [];
        }

        var knowledge = _knowledge.Current;
        var settings = Current;
        if (_owners is { } cached && ReferenceEquals(cached.Knowledge, knowledge) && ReferenceEquals(cached.Settings, settings))
        {
            return cached.Unknown;
        }

        var unknown = knowledge.Passages
            .SelectMany(p => p.Owners.Select(o => (Owner: o, p.SourcePath)))
            .Where(o => settings.Find(o.Owner) is null)
            .GroupBy(o => o.Owner, StringComparer.OrdinalIgnoreCase)
            .ToList();
        foreach (var group in unknown)
        {
            LogUnknownOwner(_logger, group.Key, string.Join(", ", group.Select(g => g.SourcePath).Distinct().Take(5)));
        }

        var names = unknown.Select(g => g.Key).ToList();
        _owners = (knowledge, settings, names);
        return names;
    }

    public void Dispose() => _file.Dispose();

    [LoggerMessage(5101, LogLevel.Warning, "experts.yml does not know owner '{Owner}' named by {Documents}; their questions go to the experts channel")]
    private static partial void LogUnknownOwner(ILogger logger, string owner, string documents);
}
