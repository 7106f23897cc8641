using System.Diagnostics;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Semantic;

namespace RoleBot.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/RoleBot.Benchmarks -- quick-load [passages]`: median of a few lexical loads of
/// a synthetic folder; `quick-build [passages]`: likewise for indexing passages built in memory. For use while developing
/// and for A/B runs on a busy machine (alternate two builds); <see cref="KnowledgeLoadBenchmarks"/> and
/// <see cref="IndexBuildBenchmarks"/> are the figures of record.
/// </summary>
internal static class LoadTiming
{
    private const int DefaultPassages = 20_000;
    private const int Rounds = 5;

    public static void Run(int passages = DefaultPassages)
    {
        var folder = SyntheticFolder.Write(Path.Combine(Path.GetTempPath(), "rolebot-quick-load"), passages);
        var times = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            using var knowledge = KnowledgeBase.Load(folder, semantic: SemanticSettings.Lexical);
            times.Add(watch.Elapsed.TotalSeconds);
            Console.WriteLine($"load {round + 1}: {knowledge.Passages.Count:N0} passages in {times[^1]:F2} s ({knowledge.Passages.Count / times[^1]:N0} passages/s)");
        }

        times.Sort();
        Console.WriteLine($"median {times[Rounds / 2]:F2} s = {passages / times[Rounds / 2]:N0} passages/s");
        Directory.Delete(folder, recursive: true);
    }

    public static void RunInMemory(int passages = DefaultPassages)
    {
        var corpus = SyntheticCorpus.Generate(Paths.Knowledge, passages);
        var times = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            using var knowledge = KnowledgeBase.FromPassages(corpus);
            times.Add(watch.Elapsed.TotalSeconds);
        }

        times.Sort();
        Console.WriteLine($"in memory: median {times[Rounds / 2]:F2} s = {passages / times[Rounds / 2]:N0} passages/s");
    }
}
