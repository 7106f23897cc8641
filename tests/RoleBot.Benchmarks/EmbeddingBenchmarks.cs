using BenchmarkDotNet.Attributes;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Semantic;

namespace RoleBot.Benchmarks;

/// <summary>
/// Embedding throughput of the real model (arctic-xs): the default knowledge's passages and sentences, embedded as a
/// first build embeds them (passages/s = passages / time; sentences/s likewise). Vectors are computed, never cached here.
/// </summary>
[MedianColumn]
public class EmbeddingBenchmarks
{
    private ITextEmbedder _model = null!;
    private string[] _passages = null!;
    private string[] _sentences = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = EmbeddingModels.Get(EmbeddingModels.Default).Model ?? throw new InvalidOperationException("the embedding model could not be loaded");
        using var knowledge = KnowledgeBase.Load(Paths.Knowledge, semantic: SemanticSettings.Lexical);
        _passages = knowledge.Passages.Select(SemanticIndex.PassageText).ToArray();
        _sentences = knowledge.Passages
            .SelectMany(p => Knowledge.Passages.Sentences.Split(p.Text).Select(r => SemanticIndex.SentenceContext(p) + p.Text[r.Start..r.End]))
            .ToArray();
        Console.WriteLine($"// {_passages.Length} passages, {_sentences.Length} sentences");
    }

    [Benchmark]
    public int EmbedDefaultPassages() => _model.EmbedDocuments(_passages).Length;

    [Benchmark]
    public int EmbedDefaultSentences() => _model.EmbedDocuments(_sentences).Length;
}
