using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using RoleBot.Knowledge.Index.Analysis;

namespace RoleBot.Benchmarks;

internal static class Profile2
{
    public static void Run()
    {
        var texts = SyntheticCorpus.Generate(Paths.Knowledge, 10_000).Select(p => p.Text).ToList();
        var v = Lucene.Net.Util.LuceneVersion.LUCENE_48;
        Time("tokenizer", texts, Analyzer.NewAnonymous((f, r) => { var t = new StandardTokenizer(v, r); return new TokenStreamComponents(t); }));
        Time("+lower", texts, Analyzer.NewAnonymous((f, r) => { var t = new StandardTokenizer(v, r); return new TokenStreamComponents(t, new LowerCaseFilter(v, t)); }));
        Time("+possessive", texts, Analyzer.NewAnonymous((f, r) => { var t = new StandardTokenizer(v, r); return new TokenStreamComponents(t, new LowerCaseFilter(v, new EnglishPossessiveFilter(v, t))); }));
        Time("+minimal", texts, Analyzer.NewAnonymous((f, r) => { var t = new StandardTokenizer(v, r); return new TokenStreamComponents(t, new EnglishMinimalStemFilter(new LowerCaseFilter(v, t))); }));
        Time("+porter", texts, Analyzer.NewAnonymous((f, r) => { var t = new StandardTokenizer(v, r); return new TokenStreamComponents(t, new PorterStemFilter(new LowerCaseFilter(v, t))); }));
        Time("+keyword", texts, Analyzer.NewAnonymous((f, r) => { var t = new StandardTokenizer(v, r); return new TokenStreamComponents(t, new ConceptKeywordFilter(new LowerCaseFilter(v, t))); }));
    }

    private static void Time(string name, List<string> texts, Analyzer analyzer)
    {
        var w = Stopwatch.StartNew();
        var n = 0;
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream("text", text);
            stream.Reset();
            while (stream.IncrementToken()) n++;
            stream.End();
        }
        Console.WriteLine($"{name,-12} {w.ElapsedMilliseconds} ms {n}");
    }
}
