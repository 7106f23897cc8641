using RoleBot.Knowledge.Retrieval;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Retrieval;

/// <summary>"who does Z, X or Y?" between options the knowledge does not know as roles quotes each option doing Z.</summary>
public sealed class ChoiceSidesTests
{
    [Theory]
    [InlineData("who approves PRs in k8s, reviewers or approvers?", "who approves PRs in k8s", "reviewers", "approvers")]
    [InlineData("who picks the scribe for an incident, the IC or the deputy?", "who picks the scribe for an incident", "IC", "deputy")]
    [InlineData("who brings in new committers at apache, the chair or every pmc member?", "who brings in new committers at apache", "chair", "pmc member")]
    [InlineData("who screens job applicants - EM or PM?", "who screens job applicants", "EM", "PM")]
    [InlineData("kafka + ingestion work: DS job or MLE job?", "kafka + ingestion work", "DS job", "MLE job")]
    public void Find_TrailingOptions_ActionAndBothOptions(string question, string action, string first, string second)
    {
        var choice = ChoiceSides.Find(question);

        Assert.NotNull(choice);
        Assert.Equal((action, first, second), (choice.Action, choice.First, choice.Second));
    }

    [Theory]
    [InlineData("who deploys models to production?")]
    [InlineData("does an MLE need Spark or Kafka")]
    [InlineData("who owns the roadmap, and why does it matter to new engineers on the platform team or the data team?")]
    public void Find_NoTrailingOptions_Null(string question) => Assert.Null(ChoiceSides.Find(question));

    [Theory]
    [InlineData("who, x or y?")]
    [InlineData("who picks, ic or ic")]
    [InlineData("who approves, the or the?")]
    [InlineData("senior vs senior")]
    [InlineData("level 2 vs level 2")]
    [InlineData("junior vs senior: , or ,")]
    [InlineData("staff vs principal vs senior")]
    public void Ask_DegenerateOptionsOrSides_AnswersOrRefusesWithoutThrowing(string question)
    {
        foreach (var semantic in new[] { true, false })
        {
            using var folder = TestPaths.NewTempFolder();
            folder.Write("ladder.md", "# Ladder\n\n## Senior\n\nSeniors ship features on their own.\n\n## Staff\n\nStaff engineers set direction for teams.\n");
            using var knowledge = folder.LoadKnowledge(semantic);
            var answer = new RoleBot.Knowledge.Answers.AnswerComposer(knowledge).Compose(knowledge.Parser.Parse(question));
            Assert.Equal(answer.Answered, answer.Citations.Count > 0);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_OptionsThatAreNotKnownRoles_QuotesWhatEachOptionDoes(bool semantic)
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("code-review.md", """
            # Code review roles

            ## Reviewer

            Reviewers read each change for correctness and style and leave comments for the author.

            ## Approver

            Approvers give the final approval that lets a change merge into the main branch.

            ## Meetings

            The team meets every Tuesday to plan the week and discuss open questions.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new RoleBot.Knowledge.Answers.AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("who lets a change merge, reviewers or approvers?"));

        Assert.True(answer.Answered);
        Assert.Contains("reviewers [", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("approvers [", answer.Lead, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Excerpt.Text.Contains("final approval", StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => c.Excerpt.Text.Contains("correctness and style", StringComparison.Ordinal));
        Assert.DoesNotContain(answer.Citations, c => c.Excerpt.Text.Contains("Tuesday", StringComparison.Ordinal));
    }
}
