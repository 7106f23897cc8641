using BenchmarkDotNet.Attributes;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Semantic;

namespace RoleBot.Benchmarks;

/// <summary>
/// The real lexical load path: <see cref="KnowledgeBase.Load"/> of a folder of 20k synthetic passages (400 Markdown
/// documents), so reading, splitting, role tagging and indexing are all timed (passages/s = 20,000 / time).
/// <see cref="IndexBuildBenchmarks"/> times indexing alone, from passages already split and tagged.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class KnowledgeLoadBenchmarks
{
    private const int PassageCount = 20_000;

    private string _folder = null!;

    [GlobalSetup]
    public void Setup() => _folder = SyntheticFolder.Write(Path.Combine(Path.GetTempPath(), "rolebot-bench-load-20k"), PassageCount);

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark]
    public int Load20kPassages()
    {
        using var knowledge = KnowledgeBase.Load(_folder, semantic: SemanticSettings.Lexical);
        return knowledge.Passages.Count;
    }
}
