using System.Diagnostics;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Semantic;

namespace RoleBot.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/RoleBot.Benchmarks -- rss [passages]`: resident memory of a hybrid knowledge of
/// synthetic passages with hashed vectors (default 100k), after load and after every passage has been analysed for
/// excerpts (the most a long-running service can hold), with an aggressive full garbage collection before each reading.
/// The first load embeds every text and writes a vector cache; a second process then loads the same passages from that
/// cache (a restart), since a process's peak covers its whole life.
/// </summary>
internal static class MemoryFigure
{
    private const int DefaultPassages = 100_000;
    private const double MiB = 1024.0 * 1024.0;

    public static void Run(int passages = DefaultPassages)
    {
        var cache = Path.Combine(Path.GetTempPath(), $"rolebot-rss-{Environment.ProcessId}");
        try
        {
            Measure(passages, cache);
            Console.WriteLine("-- restart, every vector from the cache file:");
            RunReload(passages, cache);
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }

    /// <summary>One load with its vector cache in <paramref name="cache"/>, and its readings (`rss-reload passages cache-folder` runs it alone).</summary>
    public static void Measure(int passages, string cache)
    {
        var corpus = SyntheticCorpus.Generate(Paths.Knowledge, passages);
        var watch = Stopwatch.StartNew();
        using var knowledge = KnowledgeBase.FromPassages(corpus,
            semantic: new SemanticSettings(CachePath: cache) { Embedder = new HashingEmbedder() });
        var semantic = knowledge.Semantic!;
        Console.WriteLine($"loaded in {watch.Elapsed.TotalSeconds:F1} s: {semantic.Embedded:N0} texts embedded, {semantic.Reused:N0} read from the cache");
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

    private static void RunReload(int passages, string cache)
    {
        // This program again: its apphost, or `dotnet RoleBot.Benchmarks.dll` when run that way.
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(MemoryFigure).Assembly.Location);
        }

        foreach (var argument in new[] { "rss-reload", passages.ToString(System.Globalization.CultureInfo.InvariantCulture), cache })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        child.WaitForExit();
    }

    private static void Report(string when)
    {
        // Aggressive: also returns the freed memory to the system, as KnowledgeHost does after a load.
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"{when}: RSS {process.WorkingSet64 / MiB:N0} MiB, peak {process.PeakWorkingSet64 / MiB:N0} MiB, managed heap {GC.GetTotalMemory(false) / MiB:N0} MiB");
    }
}
