using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>"which one earns more?" answered by a line about both roles names both, not a role some lower line mentions.</summary>
public sealed class BothRolesLeadTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_WhichRole_BestLineSpeaksForBothRoles_LeadNamesBoth(bool semantic)
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("ds-vs-mle.md", """
            # Data scientist vs ML engineer

            ## Which to choose

            Both fields are very lucrative, and both professionals can expect a handsome pay package from the first year on.

            If you want to make a shift from software engineering, the data scientist path is the right one for you.
            """);
        folder.Write("other.md", """
            # Designer

            Designers run user research and turn it into prototypes.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("which one earns more, lucrative pay wise?"));

        Assert.True(answer.Answered);
        Assert.StartsWith("Both fields are very lucrative", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
        Assert.Contains("both the", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("data scientist", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("ML engineer", answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("software engineer", answer.Lead, StringComparison.Ordinal);
    }
}
