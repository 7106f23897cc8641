using System.Diagnostics;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Semantic;

namespace RoleBot.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/RoleBot.Benchmarks -- rss [passages]`: resident memory of a hybrid knowledge of
/// synthetic passages with hashed vectors (default 100k), after load and after every passage has been analysed for
/// excerpts (the most a long-running service can hold), with an aggressive full garbage collection before each reading.
/// </summary>
internal static class MemoryFigure
{
    private const int DefaultPassages = 100_000;
    private const double MiB = 1024.0 * 1024.0;

    public static void Run(int passages = DefaultPassages)
    {
        using var knowledge = KnowledgeBase.FromPassages(SyntheticCorpus.Generate(Paths.Knowledge, passages),
            semantic: new SemanticSettings { Embedder = new HashingEmbedder() });
        var composer = new AnswerComposer(knowledge);
        foreach (var question in new[] { "does an MLE need Spark?", "What does a data scientist do?", "data scientist vs ML engineer" })
        {
            composer.Compose(knowledge.Parser.Parse(question));
        }

        Report($"{knowledge.Passages.Count:N0} passages, loaded and 3 questions answered");
        for (var i = 0; i < knowledge.Passages.Count; i++)
        {
            knowledge.Analysis(i);
        }

        Report("every passage's sentence analysis made");
    }

    private static void Report(string when)
    {
        // Aggressive: also returns the freed memory to the system, as KnowledgeHost does after a load.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"{when}: RSS {process.WorkingSet64 / MiB:N0} MiB, peak {process.PeakWorkingSet64 / MiB:N0} MiB, managed heap {GC.GetTotalMemory(false) / MiB:N0} MiB");
    }
}
