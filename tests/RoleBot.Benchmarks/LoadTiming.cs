using System.Diagnostics;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Semantic;

namespace RoleBot.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/RoleBot.Benchmarks -- quick-load [passages] [hybrid]`: median of a few loads of
/// a synthetic folder, lexical, or hybrid with hashed vectors read from a vector cache (a first load, not counted, embeds
/// and writes it: the others do a restart's vector work); `quick-build [passages]`: a lexical index of passages built in
/// memory. For use while developing and for A/B runs on a busy machine (alternate two builds);
/// <see cref="KnowledgeLoadBenchmarks"/> and <see cref="IndexBuildBenchmarks"/> are the figures of record.
/// </summary>
internal static class LoadTiming
{
    private const int DefaultPassages = 20_000;
    private const int Rounds = 5;

    public static void Run(int passages = DefaultPassages, bool hybrid = false)
    {
        var folder = SyntheticFolder.Write(Path.Combine(Path.GetTempPath(), "rolebot-quick-load"), passages);
        var cache = Path.Combine(Path.GetTempPath(), "rolebot-quick-load-vectors");
        var semantic = hybrid ? new SemanticSettings(CachePath: cache) { Embedder = new HashingEmbedder() } : SemanticSettings.Lexical;
        var times = new List<double>();
        for (var round = hybrid ? 0 : 1; round <= Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            using var knowledge = KnowledgeBase.Load(folder, semantic: semantic);
            var seconds = watch.Elapsed.TotalSeconds;
            var vectors = knowledge.Semantic is { } index ? $", {index.Embedded:N0} vectors embedded, {index.Reused:N0} read from the cache" : "";
            Console.WriteLine($"load {round}: {knowledge.Passages.Count:N0} passages in {seconds:F2} s ({knowledge.Passages.Count / seconds:N0} passages/s){vectors}{(round == 0 ? " (not counted)" : "")}");
            if (round > 0)
            {
                times.Add(seconds);
            }
        }

        times.Sort();
        Console.WriteLine($"median {times[Rounds / 2]:F2} s = {passages / times[Rounds / 2]:N0} passages/s");
        Directory.Delete(folder, recursive: true);
        if (hybrid)
        {
            Directory.Delete(cache, recursive: true);
        }
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
