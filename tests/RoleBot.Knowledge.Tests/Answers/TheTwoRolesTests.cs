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

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_TheseRolesTheSame_QuotesWhatTheDocumentsSayAboutTheirOverlap(bool semantic)
    {
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("ds-vs-mle.md", """
            # Data scientist vs ML engineer

            ## Overview

            The two jobs have a lot of overlap, but there are key differences too.

            Data scientists hand their validated models to ML engineers, who deploy them.

            ## Data scientist

            Data scientists explore data, test hypotheses and build statistical models for the business.

            ## ML engineer

            ML engineers deploy models to production and keep the serving systems fast and reliable.
            """);
        using var knowledge = RoleBot.TestKit.TempFolderKnowledge.LoadKnowledge(folder, semantic);

        var answer = new RoleBot.Knowledge.Answers.AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("are these roles kinda the same thing or not?"));

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations.Take(3), c => c.Excerpt.Text.Contains("a lot of overlap", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_AboutTheseTwoRoles_IsAboutBothRolesAndTwoIsNoTopicWord()
    {
        var answer = fixture.Ask("why do companies even care about these two roles?");

        Assert.True(answer.Answered);
        Assert.Equal(2, answer.Roles.Count);
        Assert.DoesNotContain(" two", answer.Lead, StringComparison.Ordinal);
    }
}
