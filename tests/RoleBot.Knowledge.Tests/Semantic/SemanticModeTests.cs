using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Semantic;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Semantic;

/// <summary>Hybrid retrieval end to end on the default knowledge, with the real embedding model.</summary>
public sealed class SemanticModeTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Load_Default_IsHybridWithTheShippedModel()
    {
        Assert.NotNull(fixture.Knowledge.Semantic);
        Assert.Equal("hybrid (arctic-xs)", fixture.Knowledge.Stats.SearchMode);
        Assert.Equal(fixture.Knowledge.Passages.Count, fixture.Knowledge.Semantic!.Passages.Count);
        Assert.InRange(fixture.Knowledge.Semantic.OffTopicBaseline, 0.2f, 0.7f);
    }

    [Fact]
    public void Load_UnknownModel_AnswersLexicallyAndSaysWhy()
    {
        using var knowledge = KnowledgeBase.Load(TestPaths.Knowledge, semantic: new SemanticSettings(Model: "no-such-model"));

        Assert.Null(knowledge.Semantic);
        Assert.Equal("lexical", knowledge.Stats.SearchMode);
        Assert.Contains("no-such-model", knowledge.Stats.SemanticProblem, StringComparison.Ordinal);
        Assert.True(new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("does an MLE need Spark?")).Answered);
    }

    [Fact]
    public void Load_SemanticOff_LoadsNoVectors()
    {
        using var knowledge = KnowledgeBase.Load(TestPaths.Knowledge, semantic: SemanticSettings.Lexical);

        Assert.Null(knowledge.Semantic);
        Assert.Null(knowledge.Stats.SemanticProblem);
    }

    [Theory]
    [InlineData("what are the big hurdles data scientists run into?", "challenges.md")]
    [InlineData("what headaches do ML engineers deal with?", "challenges.md")]
    public void Ask_Paraphrase_FindsThePassageThatAnswers(string question, string source)
    {
        var answer = fixture.Ask(question);

        Assert.True(answer.Answered, answer.Text);
        Assert.Contains(answer.Citations.Take(3), c => c.Source == source);
    }

    [Fact]
    public void Ask_Comparison_NoEmptyCellAndContrastFirst()
    {
        var answer = fixture.Ask("DS vs MLE?");

        Assert.True(answer.Answered);
        Assert.NotNull(answer.Comparison);
        Assert.All(answer.Comparison!.Rows, row => Assert.All(row.Cells, cell => Assert.NotNull(cell)));
        Assert.Contains(answer.Citations.Take(3), c => c.Roles.Contains("data-scientist"));
        Assert.Contains(answer.Citations.Take(3), c => c.Roles.Contains("ml-engineer"));
    }

    [Fact]
    public void Ask_ExcerptsAreVerbatimAndShort()
    {
        foreach (var question in new[] { "does an MLE need Spark?", "what does a DS do all day", "who writes the prod code, DS or MLE?" })
        {
            var answer = fixture.Ask(question);
            foreach (var citation in answer.Citations)
            {
                var passage = fixture.Knowledge.Passages.Single(p => p.Id == citation.PassageId);
                Assert.Equal(citation.Excerpt.Text, passage.Text.Substring(citation.Excerpt.Start, citation.Excerpt.Text.Length));
                Assert.True(citation.Excerpt.Text.Length <= ExcerptPicker.MaxExcerptChars);
            }
        }
    }

    [Theory]
    [InlineData("what is the best pizza in Naples?")]
    [InlineData("how do I renew my passport?")]
    public void Ask_OffTopic_NotCovered(string question)
    {
        Assert.False(fixture.Ask(question).Answered);
    }
}
