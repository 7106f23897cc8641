namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>"i'm a software engineer, which role …?": the role the asker is in is where they start, not an answer.</summary>
public sealed class AskersRoleTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("i'm a software engineer, which role keeps me closest to coding?")]
    [InlineData("which role suits a software engineer who wants to keep coding?")]
    public void Ask_WhichRoleFromTheAskersRole_TiesTheTopicToAnotherRole(string question)
    {
        var answer = fixture.Ask(question);

        Assert.True(answer.Answered);
        Assert.DoesNotContain("software engineer", answer.Lead, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("ML engineer", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhichRoleNamingOneRoleAsTheSubject_KeepsIt()
    {
        // "a data scientist" is asked about here, not the asker's own role: the passages stay the data scientist's.
        var answer = fixture.Ask("which role works with a data scientist on features?");

        Assert.True(answer.Answered);
        Assert.Contains("data scientist", answer.Lead, StringComparison.OrdinalIgnoreCase);
    }
}
