namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>"are these roles the same?" with no role named compares the two roles the knowledge is about.</summary>
public sealed class TheTwoRolesTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("are these roles kinda the same thing or not?")]
    [InlineData("do both roles overlap much?")]
    public void Ask_TheseRolesTheSame_ComparesTheKnowledgesTwoRoles(string question)
    {
        var answer = fixture.Ask(question);

        Assert.True(answer.Answered);
        Assert.StartsWith("Here is how the sources compare the", answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Citations, c => c.Excerpt.Text.Contains("the same time", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Ask_TheseRolesWithoutAskingHowAlike_IsNotMadeAComparison() =>
        Assert.DoesNotContain("compare", fixture.Ask("why do companies even care about these two roles?").Lead, StringComparison.Ordinal);
}
