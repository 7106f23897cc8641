using Lucene.Net.Index;
using Lucene.Net.Search;
using RoleBot.Knowledge.Index;
using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Semantic;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Index;

/// <summary>
/// A load analyses each passage's text once and reuses the tokens for role tagging, the Lucene text field and sentence
/// analysis; each reuse must give exactly what analysing the text again gives.
/// </summary>
public sealed class AnalyseOnceTests
{
    /// <summary>Hits compared per term: more than any term of the default knowledge matches.</summary>
    private const int HitsPerTerm = 1_000;

    [Fact]
    public void Index_FromLoadTokens_ScoresEveryTermAsAnalysingTheText()
    {
        using var knowledge = KnowledgeBase.Load(TestPaths.Knowledge, semantic: SemanticSettings.Lexical);
        var passages = knowledge.Passages;
        var tokens = passages.Select(p => (IReadOnlyList<AnalyzedToken>)TermAnalysis.Analyze(knowledge.Analyzer, p.Text)).ToList();
        using var analysed = PassageIndex.Build(passages, knowledge.Analyzer, PassageIndex.InMemory());
        using var replayed = PassageIndex.Build(passages, knowledge.Analyzer, PassageIndex.InMemory(), tokens);

        var terms = tokens.SelectMany(t => t).Select(t => t.Term).Distinct().ToList();
        Assert.NotEmpty(terms);
        foreach (var term in terms)
        {
            var query = new TermQuery(new Term(PassageIndex.TextField, term));
            Assert.Equal(analysed.Search(query, HitsPerTerm), replayed.Search(query, HitsPerTerm));
        }

        // Positions too: two neighbouring words of every passage as a phrase.
        foreach (var words in tokens.Where(t => t.Count > 1))
        {
            var phrase = new PhraseQuery { new Term(PassageIndex.TextField, words[0].Term) };
            phrase.Add(new Term(PassageIndex.TextField, words[1].Term), words[1].Position - words[0].Position);
            Assert.Equal(analysed.Search(phrase, HitsPerTerm), replayed.Search(phrase, HitsPerTerm));
        }
    }

    [Fact]
    public void Analysis_FromLoadTokens_EqualsAnalysingTheTextAgain()
    {
        using var knowledge = KnowledgeBase.Load(TestPaths.Knowledge, semantic: SemanticSettings.Lexical);

        for (var i = 0; i < knowledge.Passages.Count; i++)
        {
            var kept = knowledge.Analysis(i);
            var again = PassageAnalysis.Of(knowledge.Passages[i], knowledge.Analyzer);
            Assert.Equal(again.Terms.Order(StringComparer.Ordinal), kept.Terms.Order(StringComparer.Ordinal));
            Assert.Equal(again.HeadingTerms.Order(StringComparer.Ordinal), kept.HeadingTerms.Order(StringComparer.Ordinal));
            Assert.Equal(again.Sentences.Count, kept.Sentences.Count);
            for (var s = 0; s < again.Sentences.Count; s++)
            {
                Assert.Equal(again.Sentences[s].Range, kept.Sentences[s].Range);
                Assert.Equal(again.Sentences[s].Tokens, kept.Sentences[s].Tokens);
                Assert.Equal(again.Sentences[s].RoleIds, kept.Sentences[s].RoleIds);
            }
        }
    }

    [Fact]
    public void TermPool_GivesOneStringPerTerm()
    {
        var pool = new TermPool();

        var first = pool.Get("spark".AsSpan());
        var second = pool.Get("the spark".AsSpan(4));

        Assert.Same(first, second);
        Assert.Equal(1, pool.Count);
    }
}
