using BenchmarkDotNet.Attributes;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Answers;

namespace RoleBot.Benchmarks;

/// <summary>Question -> Answer on the default knowledge and on synthetic corpora of 10k and 100k passages.</summary>
[MemoryDiagnoser]
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
    private int _next;

    [Params("default", "10k", "100k")]
    public string Corpus { get; set; } = "default";

    [GlobalSetup]
    public void Setup()
    {
        _knowledge = Corpus switch
        {
            "default" => KnowledgeBase.Load(Paths.Knowledge),
            "10k" => KnowledgeBase.FromPassages(SyntheticCorpus.Generate(Paths.Knowledge, 10_000)),
            _ => KnowledgeBase.FromPassages(SyntheticCorpus.Generate(Paths.Knowledge, 100_000)),
        };
        _composer = new AnswerComposer(_knowledge);
        foreach (var question in Questions)
        {
            Ask(question);                                   // warm the per-passage analysis cache once
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _knowledge.Dispose();

    /// <summary>One question per call, rotating through yes/no, overview, typo, comparison, which-role and off-topic.</summary>
    [Benchmark]
    public Answer AskRotating() => Ask(Questions[_next++ % Questions.Length]);

    [Benchmark(Baseline = true)]
    public Answer AskYesNo() => Ask(Questions[0]);

    private Answer Ask(string question) => _composer.Compose(_knowledge.Parser.Parse(question));
}
