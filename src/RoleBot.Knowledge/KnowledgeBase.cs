using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RoleBot.Knowledge.Documents;
using RoleBot.Knowledge.Glossary;
using RoleBot.Knowledge.Index;
using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Passages;
using RoleBot.Knowledge.Retrieval;
using RoleBot.Knowledge.Semantic;

namespace RoleBot.Knowledge;

/// <summary>
/// One loaded, immutable snapshot of a knowledge folder: passages, their Lucene index, the glossary and vocabulary.
/// Reloading builds a new snapshot and swaps it in whole (see <see cref="KnowledgeHost"/>).
/// </summary>
public sealed partial class KnowledgeBase : IDisposable
{
    private readonly PassageAnalysis?[] _analyses;

    /// <summary>
    /// The text tokens role tagging made at load (null where a heading named the roles, and when the index was reused
    /// from disk), kept until the passage's sentence analysis is made from them instead of analysing the text again.
    /// </summary>
    private readonly AnalyzedToken[]?[] _tokens;
    private Dictionary<string, Passage>? _byId;

    private KnowledgeBase(string folder, IReadOnlyList<Passage> passages, PassageIndex index, Glossary.Glossary glossary,
        RoleBotAnalyzer analyzer, Vocabulary vocabulary, IReadOnlyList<LoadWarning> warnings, KnowledgeStats stats, AnalyzedToken[]?[]? tokens)
    {
        Folder = folder;
        Passages = passages;
        Index = index;
        Glossary = glossary;
        Analyzer = analyzer;
        Vocabulary = vocabulary;
        Warnings = warnings;
        Stats = stats;
        Parser = new QuestionParser(glossary, analyzer, vocabulary)
        {
            NamesDocuments = term => DocumentNameTerms.Contains(term),
            // Each idiom is looked for once, the first time a question uses it.
            SpokenInDocuments = idiom => _spokenIdioms.GetOrAdd(idiom, i => Idioms.WordsOfUses(i, Passages.Select(p => p.Text))),
        };
        _analyses = new PassageAnalysis?[passages.Count];
        _tokens = tokens ?? new AnalyzedToken[]?[passages.Count];
        _documentNames = new(NamesOfDocuments);
        _documentNameTerms = new(() => DocumentNames.Values.SelectMany(n => n).ToHashSet(StringComparer.Ordinal));
    }

    public string Folder { get; }

    /// <summary>The <see cref="Folder"/> of a knowledge base built from passages rather than loaded from disk.</summary>
    public const string InMemory = "(in memory)";

    public IReadOnlyList<Passage> Passages { get; }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<System.Text.RegularExpressions.Regex, IReadOnlySet<string>> _spokenIdioms = new();

    public PassageIndex Index { get; }

    public Glossary.Glossary Glossary { get; }

    public RoleBotAnalyzer Analyzer { get; }

    public Vocabulary Vocabulary { get; }

    public QuestionParser Parser { get; }

    public IReadOnlyList<LoadWarning> Warnings { get; private set; }

    public KnowledgeStats Stats { get; private set; }

    /// <summary>Answers experts wrote (knowledge/answers/*.md), matched before retrieval.</summary>
    public Answers.CuratedAnswers Curated { get; private set; } = Answers.CuratedAnswers.None;

    /// <summary>Meaning vectors of passages and sentences; null in lexical mode.</summary>
    public SemanticIndex? Semantic { get; private set; }

    /// <summary>
    /// Sentence analysis of a passage, made once on first use from the tokens the load kept (benign race: both results
    /// are equal; a thread that finds the tokens released analyses the text again).
    /// </summary>
    public PassageAnalysis Analysis(int ordinal) => _analyses[ordinal] ?? MakeAnalysis(ordinal);

    private PassageAnalysis MakeAnalysis(int ordinal)
    {
        var passage = Passages[ordinal];
        var analysis = _tokens[ordinal] is { } tokens ? PassageAnalysis.Of(passage, Analyzer, tokens) : PassageAnalysis.Of(passage, Analyzer);
        _analyses[ordinal] = analysis;
        _tokens[ordinal] = null;                                 // the analysis holds the tokens it needs
        return analysis;
    }

    /// <summary>The passage with this id (as citations name it), or null; the lookup is built on first use.</summary>
    public Passage? FindPassage(string id)
    {
        var byId = _byId ??= Passages.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return byId.GetValueOrDefault(id);
    }

    /// <summary>Loads and indexes every document under <paramref name="folder"/>.</summary>
    public static KnowledgeBase Load(string folder, string? indexPath = null, ILoggerFactory? loggers = null, IProgress<LoadProgress>? progress = null,
        SemanticSettings? semantic = null)
    {
        semantic ??= SemanticSettings.Default;
        // The model and the vector cache do not depend on the documents: open them while the documents are read and
        // indexed (about 1.5 s of a 10k-passage restart, on a second core).
        var settings = semantic;
        var opening = semantic.Enabled ? Task.Run(() => OpenModelAndCache(settings, folder, indexPath)) : null;
        KnowledgeBase lexical;
        try
        {
            lexical = LoadLexical(folder, indexPath, loggers, progress);
        }
        catch when (opening is not null)
        {
            // The vector cache holds its file open for a build that will not happen now.
            opening.ContinueWith(o => o.Result.Cache?.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            throw;
        }

        var knowledge = lexical.WithSemantic(semantic, indexPath, progress, opening);
        var (curated, curatedWarnings) = Answers.CuratedAnswers.Load(folder);
        knowledge.Curated = curated.Prepare(knowledge.Parser, knowledge.Semantic?.Embedder);
        if (curatedWarnings.Count > 0)
        {
            knowledge.Warnings = [.. knowledge.Warnings, .. curatedWarnings];
        }

        return knowledge;
    }

    private static KnowledgeBase LoadLexical(string folder, string? indexPath, ILoggerFactory? loggers, IProgress<LoadProgress>? progress)
    {
        loggers ??= NullLoggerFactory.Instance;
        if (!System.IO.Directory.Exists(folder))
        {
            throw new KnowledgeLoadException($"Knowledge folder '{folder}' does not exist.");
        }

        var watch = Stopwatch.StartNew();
        var (glossary, glossaryWarning) = GlossaryFile.Load(folder);
        var fingerprint = indexPath is null ? null : IndexFingerprint.Of(folder);
        if (indexPath is not null && IndexFingerprint.Matches(indexPath, fingerprint!) && PassageStore.TryRead(indexPath) is { } stored)
        {
            var reused = PassageIndex.Open(PassageIndex.OnDisk(indexPath));
            var known = RoleDiscovery.Discover(glossary, stored.Select(p => RoleDiscovery.TitleOfRoles(p.DocumentTitle, p.SourcePath)).Distinct(), stored.SelectMany(p => p.Section.Split(" > ")), stored.Select(p => p.Text).ToList());
            return Create(folder, stored, reused, known, ConceptTokens.AnalyzerFor(known), [], watch, reused: true, documents: stored.Select(p => p.SourcePath).Distinct().Count(), tokens: null);
        }

        var loader = DocumentLoader.CreateDefault(loggers.CreateLogger<DocumentLoader>());
        var (documents, warnings) = loader.LoadFolder(folder, progress);
        glossary = RoleDiscovery.Discover(glossary, documents.Where(d => (d.Metadata.Roles ?? []).Count == 0).Select(d => RoleDiscovery.TitleOfRoles(d.Title, d.SourcePath)),
            documents.SelectMany(d => d.Sections.SelectMany(s => s.HeadingPath)), documents.SelectMany(d => d.Sections.SelectMany(s => s.Blocks)).ToList());
        var analyzer = ConceptTokens.AnalyzerFor(glossary);
        var allWarnings = glossaryWarning is null ? warnings : [.. warnings, new LoadWarning(GlossaryFile.FileName, glossaryWarning)];
        if (documents.Count == 0)
        {
            var reason = allWarnings.Count == 0 ? "it has no .md, .txt, .html, .pdf or .docx files" : $"no file could be read ({allWarnings[0]})";
            throw new KnowledgeLoadException($"Knowledge folder '{folder}' is empty: {reason}.");
        }

        var splitter = new PassageSplitter(new RoleTagger(glossary, analyzer), new TermPool());
        var analyzed = documents.AsParallel().AsOrdered().SelectMany(splitter.Split).ToList();
        var passages = analyzed.Select((p, i) => p.Passage with { Ordinal = i }).ToList();
        var tokens = analyzed.Select(p => p.Tokens).ToArray();
        var directory = indexPath is null ? PassageIndex.InMemory() : PassageIndex.OnDisk(indexPath);
        var index = PassageIndex.Build(passages, analyzer, directory, tokens);
        if (indexPath is not null)
        {
            PassageStore.Write(indexPath, passages);
            IndexFingerprint.Write(indexPath, fingerprint!);           // last: an index without it is rebuilt
        }

        return Create(folder, passages, index, glossary, analyzer, allWarnings, watch, reused: false, documents: documents.Count, tokens);
    }

    /// <summary>Builds a knowledge base straight from passages (benchmarks and tests of synthetic corpora); lexical unless asked.</summary>
    public static KnowledgeBase FromPassages(IReadOnlyList<Passage> passages, Glossary.Glossary? glossary = null, SemanticSettings? semantic = null)
    {
        var knowledge = FromPassagesLexical(passages, glossary);
        return semantic is null ? knowledge : knowledge.WithSemantic(semantic, null, null);
    }

    private static KnowledgeBase FromPassagesLexical(IReadOnlyList<Passage> passages, Glossary.Glossary? glossary)
    {
        var watch = Stopwatch.StartNew();
        glossary ??= GlossaryFile.Load(null).Glossary;
        var analyzer = ConceptTokens.AnalyzerFor(glossary);
        var numbered = passages.Select((p, i) => p with { Ordinal = i }).ToList();
        var index = PassageIndex.Build(numbered, analyzer, PassageIndex.InMemory());
        return Create(InMemory, numbered, index, glossary, analyzer, [], watch, reused: false, documents: numbered.Select(p => p.SourcePath).Distinct().Count(), tokens: null);
    }

    private static KnowledgeBase Create(string folder, IReadOnlyList<Passage> passages, PassageIndex index, Glossary.Glossary glossary,
        RoleBotAnalyzer analyzer, IReadOnlyList<LoadWarning> warnings, Stopwatch watch, bool reused, int documents, AnalyzedToken[]?[]? tokens)
    {
        var vocabulary = new Vocabulary();
        vocabulary.AddTexts([.. passages.SelectMany(p => new[] { p.Text, p.Section })]);

        foreach (var title in passages.Select(p => p.DocumentTitle).Distinct())
        {
            vocabulary.AddText(title);
        }

        foreach (var role in glossary.Roles)
        {
            vocabulary.AddText(string.Join(' ', role.AllNames));
        }

        foreach (var group in glossary.Synonyms)
        {
            vocabulary.AddText(string.Join(' ', group));
        }

        vocabulary.Seal();
        var byRole = passages.SelectMany(p => p.Roles).GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        var sources = passages.Select(p => p.DocumentTitle).Distinct().ToList();
        var stats = new KnowledgeStats(documents, passages.Count, sources, byRole, watch.Elapsed, reused);
        return new KnowledgeBase(folder, passages, index, glossary, analyzer, vocabulary, warnings, stats, tokens);
    }

    /// <summary>
    /// Adds meaning vectors (from the cache where it has them). A model that cannot be loaded leaves the knowledge
    /// lexical, with the reason in <see cref="KnowledgeStats.SemanticProblem"/>; it never stops the load.
    /// </summary>
    /// <param name="opening">The model and cache opened already (<see cref="OpenModelAndCache"/>), or null to open them here.</param>
    private KnowledgeBase WithSemantic(SemanticSettings settings, string? indexPath, IProgress<LoadProgress>? progress,
        Task<(ITextEmbedder? Model, string? Error, VectorCache? Cache)>? opening = null)
    {
        if (!settings.Enabled)
        {
            return this;
        }

        var (model, error, cache) = opening?.GetAwaiter().GetResult() ?? OpenModelAndCache(settings, Folder, indexPath);
        if (model is null || cache is null)
        {
            Stats = Stats with { SemanticProblem = error };
            return this;
        }

        var notes = new List<string>();
        var watch = Stopwatch.StartNew();
        Semantic = SemanticIndex.Build(Passages, model, cache, progress, notes);
        Stats = Stats with { SearchMode = $"hybrid ({model.ModelName})", Embedded = Semantic.Embedded, BuildTime = Stats.BuildTime + watch.Elapsed };
        if (notes.Count > 0)
        {
            Warnings = [.. Warnings, .. notes.Select(n => new LoadWarning("(vectors)", n))];
        }

        return this;
    }

    /// <summary>The embedding model (null with the reason when it cannot be loaded) and its vector cache for <paramref name="folder"/>.</summary>
    private static (ITextEmbedder? Model, string? Error, VectorCache? Cache) OpenModelAndCache(SemanticSettings settings, string folder, string? indexPath)
    {
        var (model, error) = settings.Embedder is { } given ? (given, null) : EmbeddingModels.Get(settings.Model);
        if (model is null)
        {
            return (null, error, null);
        }

        // Passages built in memory (benchmarks, tests) have no folder to key a cache file by: cached only in a folder
        // named explicitly (the memory benchmark's restart).
        var (directory, scope) = folder == InMemory && settings.CachePath is null ? (null, "") : settings.CacheLocation(folder, indexPath);
        return (model, null, VectorCache.Open(directory, model.ModelName, model.Dimensions, scope));
    }

    public void Dispose() => Index.Dispose();
}
