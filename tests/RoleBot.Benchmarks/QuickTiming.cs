using System.Diagnostics;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Answers;

namespace RoleBot.Benchmarks;

/// <summary>
/// `dotnet run -c Release --project tests/RoleBot.Benchmarks -- quick`: a fast sanity run (medians over many questions)
/// for use while developing; the BenchmarkDotNet classes are the figures of record.
/// </summary>
internal static class QuickTiming
{
    public static void Run()
    {
        // Analysis throughput alone (the largest share of index build time).
        var texts = SyntheticCorpus.Generate(Paths.Knowledge, 10_000).Select(p => p.Text).ToList();
        var analyzer = RoleBot.Knowledge.Index.Analysis.ConceptTokens.AnalyzerFor(RoleBot.Knowledge.Glossary.GlossaryFile.Load(null).Glossary);
        for (var round = 0; round < 2; round++)
        {
            var watch = Stopwatch.StartNew();
            var tokens = texts.Sum(t => RoleBot.Knowledge.Index.Analysis.TermAnalysis.Analyze(analyzer, t).Count);
            Console.WriteLine($"analysis: {tokens:N0} tokens in {watch.ElapsedMilliseconds} ms ({tokens / watch.Elapsed.TotalSeconds:N0} tokens/s)");
        }

        foreach (var size in new[] { 0, 10_000, 100_000 })
        {
            var build = Stopwatch.StartNew();
            var passages = size == 0 ? null : SyntheticCorpus.Generate(Paths.Knowledge, size);
            var generated = build.Elapsed;
            build.Restart();
            using var knowledge = passages is null ? KnowledgeBase.Load(Paths.Knowledge) : KnowledgeBase.FromPassages(passages);
            var built = build.Elapsed;
            var composer = new AnswerComposer(knowledge);
            string[] questions = ["does an MLE need Spark?", "What does a data scientist do?", "dose a machine lerning enginer need spark",
                "data scientist vs ML engineer", "who deploys models to production?", "How do I reset my VPN password?"];
            foreach (var q in questions)
            {
                composer.Compose(knowledge.Parser.Parse(q));
            }

            var times = new List<double>();
            for (var i = 0; i < 600; i++)
            {
                var watch = Stopwatch.StartNew();
                composer.Compose(knowledge.Parser.Parse(questions[i % questions.Length]));
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            Console.WriteLine($"{(size == 0 ? "default" : size.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),8}: {knowledge.Passages.Count,7} passages, build {built.TotalMilliseconds,7:F0} ms ({knowledge.Passages.Count / built.TotalSeconds,8:N0} passages/s), ask median {times[times.Count / 2]:F3} ms, p90 {times[times.Count * 9 / 10]:F3} ms (generate {generated.TotalMilliseconds:F0} ms)");
        }
    }
}
