using System.Diagnostics;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Benchmarks;

internal static class Profile3
{
    public static void Run()
    {
        using var d = KnowledgeBase.Load(Paths.Knowledge);
        var r = new Retriever(d);
        var q = d.Parser.Parse("does an MLE need Spark");
        for (var k = 0; k < 3; k++)
        {
            var w = Stopwatch.StartNew();
            for (var i = 0; i < 100; i++) r.Retrieve(q.Topic, ["ml-engineer"], requiredRole: "ml-engineer", depth: 8);
            Console.WriteLine($"retrieve filtered x100 {w.Elapsed.TotalMilliseconds:F1} ms");
            w.Restart();
            for (var i = 0; i < 100; i++) r.Retrieve(q.Topic, ["ml-engineer"]);
            Console.WriteLine($"retrieve x100 {w.Elapsed.TotalMilliseconds:F1} ms");
            w.Restart();
            for (var i = 0; i < 100; i++) d.Parser.Parse("data scientist vs ML engineer");
            Console.WriteLine($"parse x100 {w.Elapsed.TotalMilliseconds:F1} ms");
            w.Restart();
            for (var i = 0; i < 100; i++) Lucene.Net.Analysis.Standard.StandardTokenizer.Equals(1, 1);
            for (var i = 0; i < 100; i++) RoleBot.Knowledge.Index.Analysis.TermAnalysis.Analyze(d.Analyzer, "difference differ contrast whereas focus");
            Console.WriteLine($"analyze aspect x100 {w.Elapsed.TotalMilliseconds:F1} ms");
        }
    }
}
