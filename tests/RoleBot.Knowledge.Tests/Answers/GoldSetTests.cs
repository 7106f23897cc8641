using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>The visible gold sets, run exactly as `eval` runs them, with the thresholds the issue sets.</summary>
public sealed class GoldSetTests
{
    [Theory]
    [InlineData("knowledge", "Cases/gold.jsonl")]
    [InlineData("raw-sample", "raw/gold.jsonl")]
    public void Eval_GoldSet_MeetsQualityThresholds(string corpus, string goldFile)
    {
        var folder = corpus == "knowledge" ? TestPaths.Knowledge : Path.Combine(TestPaths.Samples, "raw");
        var goldPath = corpus == "knowledge" ? Path.Combine(AppContext.BaseDirectory, goldFile) : Path.Combine(TestPaths.Samples, goldFile);
        using var knowledge = KnowledgeBase.Load(folder);
        var composer = new AnswerComposer(knowledge);
        var gold = GoldQuestion.ReadAll(goldPath);

        var report = Evaluation.Run(gold, q => composer.Compose(knowledge.Parser.Parse(q)));

        Assert.True(gold.Count >= 25, $"gold set too small: {gold.Count}");
        Assert.True(report.Metrics.EvidenceAt3 >= 0.95, $"evidence@3 {report.Metrics.EvidenceAt3:F3}\n{string.Join("\n", report.Misses)}");
        Assert.True(report.Metrics.Rejection >= 0.95, $"rejection {report.Metrics.Rejection:F3}\n{string.Join("\n", report.Misses)}");
    }
}
