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
}
