using Lucene.Net.Index;
using Lucene.Net.Search;
using RoleBot.Knowledge.Index;
using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Semantic;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Index;

/// <summary>
/// An index built on several threads must find, score and rank exactly as one built on one thread, ties included:
/// document ids follow passage ordinals however many writers indexed.
/// </summary>
public sealed class ParallelBuildTests
{
    /// <summary>Copies of the default knowledge indexed: enough passages for four writers, and every copy ties with the others.</summary>
    private const int Copies = 16;

    /// <summary>Writers of the parallel build: four shares and four segments, whatever the machine's cores.</summary>
    private const int Writers = 4;

    [Fact]
    public void Build_OnSeveralWriters_FindsAndRanksAsOneWriter()
    {
        using var knowledge = KnowledgeBase.Load(TestPaths.Knowledge, semantic: SemanticSettings.Lexical);
        var passages = Enumerable.Range(0, Copies * knowledge.Passages.Count)
            .Select(i => knowledge.Passages[i % knowledge.Passages.Count] with { Id = $"copy-{i}", Ordinal = i })
            .ToList();
        using var one = PassageIndex.Build(passages, knowledge.Analyzer, PassageIndex.InMemory(), writers: 1);
        using var several = PassageIndex.Build(passages, knowledge.Analyzer, PassageIndex.InMemory(), writers: Writers);

        Assert.Equal(Writers, several.Searcher.IndexReader.Leaves.Count);
        // Every document ties: they come back in document id order, which is the ordinal order.
        Assert.Equal(Enumerable.Range(0, passages.Count), several.Search(new MatchAllDocsQuery(), passages.Count).Select(h => h.Ordinal));

        var terms = knowledge.Passages.SelectMany(p => TermAnalysis.Terms(knowledge.Analyzer, p.Text)).Distinct().ToList();
        foreach (var term in terms)
        {
            var query = new TermQuery(new Term(PassageIndex.TextField, term));
            Assert.Equal(one.Search(query, passages.Count), several.Search(query, passages.Count));
        }

        // Queries as questions make them: several terms, a role, a heading, the first passages of documents.
        var question = new BooleanQuery
        {
            { new TermQuery(new Term(PassageIndex.TextField, terms[0])), Occur.SHOULD },
            { new TermQuery(new Term(PassageIndex.TextField, terms[^1])), Occur.SHOULD },
            { new TermQuery(new Term(PassageIndex.HeadField, terms[1])), Occur.SHOULD },
            { new TermQuery(new Term(PassageIndex.RoleField, knowledge.Passages.First(p => p.Roles.Count > 0).Roles[0])), Occur.SHOULD },
            { new TermQuery(new Term(PassageIndex.MarkField, "start")), Occur.SHOULD },
        };
        Assert.Equal(one.Search(question, passages.Count), several.Search(question, passages.Count));
        Assert.Equal(one.Search(question, 10, o => o % 3 == 0), several.Search(question, 10, o => o % 3 == 0));
    }
}
