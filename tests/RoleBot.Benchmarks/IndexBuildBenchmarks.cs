using BenchmarkDotNet.Attributes;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Passages;

namespace RoleBot.Benchmarks;

/// <summary>Index build throughput: 20k synthetic passages into an in-memory Lucene index (passages/s = 20,000 / time).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class IndexBuildBenchmarks
{
    private List<Passage> _passages = null!;

    [GlobalSetup]
    public void Setup() => _passages = SyntheticCorpus.Generate(Paths.Knowledge, 20_000);

    [Benchmark]
    public int Build20kPassages()
    {
        using var knowledge = KnowledgeBase.FromPassages(_passages);
        return knowledge.Passages.Count;
    }
}
