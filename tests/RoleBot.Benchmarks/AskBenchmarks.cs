using BenchmarkDotNet.Attributes;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Semantic;

namespace RoleBot.Benchmarks;

/// <summary>Question -> Answer on the default knowledge and on synthetic corpora of 10k and 100k passages.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class AskBenchmarks
{
    private static readonly string[] Questions =
    [
        "does an MLE need Spark?",
        "What does a data scientist do?",
        "dose a machine lerning enginer need spark",
        "data scientist vs ML engineer",
        "who deploys models to production?",
        "How do I reset my VPN password?",
    ];

    private KnowledgeBase _knowledge = null!;
    private AnswerComposer _composer = null!;

    /// <summary>"default", "10k", "100k"; ROLEBOT_BENCH_CORPORA (comma-separated) runs a subset.</summary>
    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = "default";

    public static IEnumerable<string> Corpora =>
        Environment.GetEnvironmentVariable("ROLEBOT_BENCH_CORPORA")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        ?? ["default", "10k", "100k"];

    /// <summary>"hybrid": BM25 fused with meaning vectors (the default); "lexical": BM25 only (--no-semantic).</summary>
    [Params("hybrid", "lexical")]
    public string Mode { get; set; } = "hybrid";

    [GlobalSetup]
    public void Setup()
    {
        var hybrid = Mode == "hybrid";
        // The default knowledge uses the real model (vectors from the disk cache after the first run); synthetic corpora
        // use hashed vectors, which cost the same to search and rank.
        var synthetic = hybrid ? new SemanticSettings { Embedder = new HashingEmbedder() } : null;
        _knowledge = Corpus switch
        {
            "default" => KnowledgeBase.Load(Paths.Knowledge, semantic: hybrid ? SemanticSettings.Default : SemanticSettings.Lexical),
            "10k" => KnowledgeBase.FromPassages(SyntheticCorpus.Generate(Paths.Knowledge, 10_000), semantic: synthetic),
            _ => KnowledgeBase.FromPassages(SyntheticCorpus.Generate(Paths.Knowledge, 100_000), semantic: synthetic),
        };
        _composer = new AnswerComposer(_knowledge);
        foreach (var question in Questions)
        {
            Ask(question);                                   // warm the per-passage analysis cache once
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _knowledge.Dispose();

    /// <summary>"does an MLE need Spark?" — the typical question.</summary>
    [Benchmark(Baseline = true)]
    public Answer YesNo() => Ask(Questions[0]);

    [Benchmark]
    public Answer Overview() => Ask(Questions[1]);

    [Benchmark]
    public Answer Typos() => Ask(Questions[2]);

    /// <summary>A comparison without a topic walks six aspects, one search each.</summary>
    [Benchmark]
    public Answer Comparison() => Ask(Questions[3]);

    [Benchmark]
    public Answer WhichRole() => Ask(Questions[4]);

    [Benchmark]
    public Answer OffTopic() => Ask(Questions[5]);

    private Answer Ask(string question) => _composer.Compose(_knowledge.Parser.Parse(question));
}
