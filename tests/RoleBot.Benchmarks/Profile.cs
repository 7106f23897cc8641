using System.Diagnostics;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Index;
using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Glossary;

namespace RoleBot.Benchmarks;

internal static class Profile
{
    public static void Run()
    {
        var passages = SyntheticCorpus.Generate(Paths.Knowledge, 10_000).Select((p, i) => p with { Ordinal = i }).ToList();
        var w = Stopwatch.StartNew();
        var glossary = GlossaryFile.Load(null).Glossary;
        Console.WriteLine($"glossary {w.ElapsedMilliseconds} ms"); w.Restart();
        var analyzer = ConceptTokens.AnalyzerFor(glossary);
        Console.WriteLine($"analyzer {w.ElapsedMilliseconds} ms"); w.Restart();
        var n = 0; foreach (var p in passages) n += TermAnalysis.Analyze(RoleBotAnalyzer.Base, p.Text).Count;
        Console.WriteLine($"analyze base {w.ElapsedMilliseconds} ms ({n} tokens)"); w.Restart();
        n = 0; foreach (var p in passages) n += TermAnalysis.Analyze(new Lucene.Net.Analysis.Standard.StandardAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48), p.Text).Count;
        Console.WriteLine($"analyze standard-new-each {w.ElapsedMilliseconds} ms ({n} tokens)"); w.Restart();
        var std = new Lucene.Net.Analysis.Standard.StandardAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48);
        n = 0; foreach (var p in passages) n += TermAnalysis.Analyze(std, p.Text).Count;
        Console.WriteLine($"analyze standard {w.ElapsedMilliseconds} ms ({n} tokens)"); w.Restart();
        n = 0; foreach (var p in passages) n += TermAnalysis.Analyze(analyzer, p.Text).Count;
        Console.WriteLine($"analyze all {w.ElapsedMilliseconds} ms ({n} tokens)"); w.Restart();
        if (passages.Count > 0) return;
        using var index = PassageIndex.Build(passages, analyzer, PassageIndex.InMemory(), false);
        Console.WriteLine($"lucene {w.ElapsedMilliseconds} ms"); w.Restart();
        using var kb = KnowledgeBase.FromPassages(passages);
        Console.WriteLine($"frompassages {w.ElapsedMilliseconds} ms"); w.Restart();
        using var d = KnowledgeBase.Load(Paths.Knowledge);
        var composer = new AnswerComposer(d);
        foreach (var q in new[] { "does an MLE need Spark?", "What does a data scientist do?", "dose a machine lerning enginer need spark", "data scientist vs ML engineer", "who deploys models to production?", "How do I reset my VPN password?" })
        {
            composer.Compose(d.Parser.Parse(q));
            var t = new List<double>();
            for (var i = 0; i < 200; i++) { var s = Stopwatch.StartNew(); composer.Compose(d.Parser.Parse(q)); t.Add(s.Elapsed.TotalMilliseconds); }
            t.Sort();
            Console.WriteLine($"{q,-45} median {t[100]:F3} ms");
        }
    }
}
