using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Freshness;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge;

/// <summary>
/// Holds the current <see cref="KnowledgeBase"/> and answers questions from it. <see cref="Reload"/> builds a new
/// snapshot off to the side and swaps it in atomically, so a question never sees a half-built index; if the new build
/// fails, the last good snapshot keeps serving.
/// </summary>
public sealed class KnowledgeHost : IDisposable
{
    private readonly KnowledgeOptions _options;
    private readonly ILoggerFactory _loggers;
    private readonly ILogger<KnowledgeHost> _logger;
    private readonly Lock _reloadLock = new();
    private volatile Snapshot? _current;

    private readonly FreshnessPolicy _freshness;

    public KnowledgeHost(IOptions<KnowledgeOptions> options, ILoggerFactory loggers, TimeProvider? time = null)
    {
        _options = options.Value;
        _loggers = loggers;
        _logger = loggers.CreateLogger<KnowledgeHost>();
        _freshness = new FreshnessPolicy(_options.StaleAfterDays, time ?? TimeProvider.System);
    }

    /// <summary>When documents count as out of date (<c>Knowledge:StaleAfterDays</c>) and what "now" is.</summary>
    public FreshnessPolicy Freshness => _freshness;

    /// <summary>How long a replaced snapshot stays open for questions already using it (30 s).</summary>
    private static readonly TimeSpan RetiredSnapshotLifetime = TimeSpan.FromSeconds(30);

    private sealed record Snapshot(KnowledgeBase Knowledge, AnswerComposer Composer)
    {
        /// <summary>One composer per channel scope (each caches its own verified suggestions).</summary>
        public System.Collections.Concurrent.ConcurrentDictionary<string, AnswerComposer> Scoped { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Most scoped composers kept per snapshot (default 256); further scopes get a fresh composer per question.</summary>
    public const int MaxScopedComposers = 256;

    /// <summary>The knowledge currently answering; loads it on first use.</summary>
    public KnowledgeBase Current => (_current ?? EnsureLoaded()).Knowledge;

    public bool IsLoaded => _current is not null;

    /// <summary>The problem with the last reload, if it failed (the previous knowledge is still serving).</summary>
    public string? LastReloadError { get; private set; }

    public DateTimeOffset? LoadedAt { get; private set; }

    public string Folder => _options.ResolveFolder();

    /// <param name="scope">Only passages inside it may be cited (a channel's folders or tags); null or empty: everything.</param>
    public Answer Ask(string question, ConversationContext? previous = null, PassageScope? scope = null)
    {
        var snapshot = _current ?? EnsureLoaded();
        var error = QuestionParser.Validate(question);
        if (error is not null)
        {
            throw new ArgumentException(error, nameof(question));
        }

        var parsed = snapshot.Knowledge.Parser.Parse(question, previous);
        return CitationStamps.Apply(ComposerFor(snapshot, scope).Compose(parsed), snapshot.Knowledge, _freshness);
    }

    private static AnswerComposer ComposerFor(Snapshot snapshot, PassageScope? scope)
    {
        if (scope is null || scope.IsEverything)
        {
            return snapshot.Composer;
        }

        if (snapshot.Scoped.TryGetValue(scope.Key, out var composer))
        {
            return composer;
        }

        composer = new AnswerComposer(snapshot.Knowledge, scope);
        return snapshot.Scoped.Count < MaxScopedComposers ? snapshot.Scoped.GetOrAdd(scope.Key, composer) : composer;
    }

    /// <summary>Rebuilds from the folder and swaps it in. Returns false (keeping the old knowledge) when the build fails.</summary>
    public bool Reload(IProgress<Documents.LoadProgress>? progress = null)
    {
        lock (_reloadLock)
        {
            try
            {
                var knowledge = KnowledgeBase.Load(Folder, _options.IndexPath, _loggers, progress, _options.SemanticSettings);
                // Questions in flight keep the snapshot they started with (milliseconds); the old index is closed later.
                var old = _current;
                _current = new Snapshot(knowledge, new AnswerComposer(knowledge));
                if (old is not null)
                {
                    _ = Task.Delay(RetiredSnapshotLifetime).ContinueWith(_ => old.Knowledge.Dispose(), TaskScheduler.Default);
                }

                LoadedAt = DateTimeOffset.UtcNow;
                LastReloadError = null;
                Log.KnowledgeLoaded(_logger, knowledge.Stats.Documents, knowledge.Stats.Passages, knowledge.Stats.BuildTime.TotalMilliseconds, knowledge.Warnings.Count, knowledge.Stats.SearchMode);
                if (knowledge.Stats.SemanticProblem is { } problem)
                {
                    Log.SemanticUnavailable(_logger, problem);
                }
                return true;
            }
#pragma warning disable CA1031 // Any fault of one build (a file, the glossary, the index) keeps the last good knowledge serving.
            catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                var reason = ex is KnowledgeLoadException or IOException or UnauthorizedAccessException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}";
                LastReloadError = reason;
                if (_current is null)
                {
                    // The first load: the caller reports it once, always as the one exception type it handles.
                    throw ex as KnowledgeLoadException ?? new KnowledgeLoadException(reason);
                }

                Log.ReloadFailed(_logger, reason);
                return false;
            }
        }
    }

    private Snapshot EnsureLoaded()
    {
        lock (_reloadLock)
        {
            if (_current is null)
            {
                Reload();
            }
        }

        return _current!;
    }

    public void Dispose() => _current?.Knowledge.Dispose();
}
