using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>"who does Z, X or Y?" between two known roles quotes each role's own best line, not three of one side's.</summary>
public sealed class WhichOfTwoRolesTests
{
    [Fact]
    public void Ask_WhichOfTwoKnownRoles_QuotesTheOtherRolesOwnLineToo()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("incident-roles.md", """
            # Incident response roles

            ## Incident Commander

            - The Incident Commander decides when a status page update goes out during an incident.
            - The Incident Commander checks every status page update before it is posted during an incident.
            - The Incident Commander asks for a status page update every 30 minutes during an incident.
            - The Incident Commander keeps the incident call moving towards resolution.

            ## Customer Liaison

            - Post any publicly facing messages about the incident, once they are approved.
            """);
        folder.Write("designer.md", """
            # Designer

            Designers run user research and turn it into prototypes.
            """);
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("who posts to the status page mid-incident, the incident commander or the customer liaison?"));

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.Excerpt.Text.StartsWith("Post any publicly facing messages", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_WhichOfTwoWhereARolesPageNeverRepeatsItsName_QuotesThatPagesLine(bool semantic)
    {
        // The engineering manager's duties never say "engineering manager": the line is the EM's because its page is.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-engineering-manager.md", """
            # Zenith: Engineering Manager

            ## Responsibilities

            - Hold weekly one-on-ones with each report.
            - Conduct hiring interviews for candidates, and train the team to run technical interviews.
            """);
        folder.Write("zenith-senior-software-engineer.md", """
            # Zenith: Senior Software Engineer

            ## Responsibilities

            - Design and build services end to end.
            - Review pull requests from other engineers.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("at zenith who teaches the team to run tech interviews, the EM or a senior eng?"));

        Assert.True(answer.Answered);
        Assert.EndsWith("\u2014 EM [1]:", answer.Lead, StringComparison.Ordinal);
        Assert.StartsWith("Conduct hiring interviews for candidates", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }
}
