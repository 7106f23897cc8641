using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Tests.Answers;

public sealed class AnswerComposerTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Ask_MleNeedSpark_YesCitingAnMlEnginePassage()
    {
        var answer = fixture.Ask("does an MLE need Spark?");

        Assert.True(answer.Answered);
        Assert.Equal(Verdict.Yes, answer.Verdict);
        Assert.StartsWith("Yes: the sources tie Spark to the ML engineer role [1]", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("Spark", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
        Assert.Contains("ml-engineer", answer.Citations[0].Roles);
        Assert.Contains(answer.Citations[0].Excerpt.Highlights, h => answer.Citations[0].Excerpt.Text.Substring(h.Start, h.Length) == "Spark");
        Assert.Equal("What is the difference between an ML engineer and a data scientist?", answer.CompareQuestion);
    }

    [Fact]
    public void Ask_Typos_SameVerdictAsSpelledRight()
    {
        var answer = fixture.Ask("dose a machine lerning enginer need spark");

        Assert.Equal(Verdict.Yes, answer.Verdict);
        Assert.Equal("does a machine learning engineer need spark", answer.CorrectedQuestion);
    }

    [Fact]
    public void Ask_ToolOfTheOtherRole_SaysSourcesTieItElsewhere()
    {
        var answer = fixture.Ask("does a data scientist need Kubernetes?");

        Assert.Equal(Verdict.Unclear, answer.Verdict);
        Assert.Contains("don't say that a data scientist needs Kubernetes", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("ML engineer role", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("What's the weather in Paris tomorrow?")]
    [InlineData("How do I reset my VPN password?")]
    [InlineData("who won the world cup")]
    public void Ask_OffTopicQuestion_ReturnsNotCoveredWithSuggestions(string question)
    {
        var answer = fixture.Ask(question);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.InRange(answer.Suggestions.Count, 2, 3);
        Assert.All(answer.Suggestions, s => Assert.True(fixture.Ask(s).Answered, s));
    }

    [Fact]
    public void Ask_Comparison_GivesEvidenceForEachRoleSideBySide()
    {
        var answer = fixture.Ask("data scientist vs ML engineer");

        Assert.Equal(QuestionShape.Comparison, answer.Shape);
        Assert.NotNull(answer.Comparison);
        Assert.Equal(["data scientist", "ML engineer"], answer.Comparison!.Roles);
        Assert.Null(answer.CompareQuestion);
        Assert.True(answer.Comparison.Rows.Count >= 3);
        foreach (var row in answer.Comparison.Rows)
        {
            for (var column = 0; column < row.Cells.Count; column++)
            {
                if (row.Cells[column] is { } n)
                {
                    var roleId = column == 0 ? "data-scientist" : "ml-engineer";
                    Assert.Contains(roleId, answer.Citations[n - 1].Roles);
                }
            }
        }
    }

    [Fact]
    public void Ask_WhichRole_NamesTheRoleTheEvidenceTiesItTo()
    {
        var answer = fixture.Ask("who deploys models to production?");

        Assert.Equal(QuestionShape.WhichRole, answer.Shape);
        Assert.Contains("ML engineer role", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_FollowUpAboutOtherRole_AnswersSameTopicForThatRole()
    {
        var first = fixture.Ask("does an MLE need Spark?");
        var followUp = fixture.Ask("what about data scientists?", first.Context);

        Assert.Equal(["data scientist"], followUp.Roles);
        Assert.Equal(QuestionShape.YesNo, followUp.Shape);
        Assert.Contains("Spark", followUp.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_RoleAskedTwoWays_SameAnswer()
    {
        var acronym = fixture.Ask("What does an MLE do?");
        var spelled = fixture.Ask("what does a machine learning engineer do");

        Assert.True(acronym.Answered);
        Assert.Equal(acronym.Citations.Select(c => c.PassageId), spelled.Citations.Select(c => c.PassageId));
    }
}
