using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>
/// "what does X do all day / day to day / on our team", "what would X spend their time on": chat ways of asking what a
/// role does, answered with the lines that say what it does rather than lines that repeat "team" or "daily".
/// </summary>
public sealed class OverviewPhrasingTests
{
    private const string DataEngineer = """
        # Data Engineer

        ## About the role

        The Data Engineer builds and runs the pipelines that bring partner data into the warehouse, and keeps them fast and correct.

        ## How we work

        Our team meets daily for a short standup on video.

        We are an equal opportunity employer and welcome applicants from every background.
        """;

    [Theory]
    [InlineData("what does a data engineer on our team at zenbu do day to day?", true)]
    [InlineData("what does a data engineer on our team at zenbu do day to day?", false)]
    [InlineData("what would our data engineer at zenbu spend their time on?", true)]
    [InlineData("what does the data engineer at zenbu do all day?", true)]
    public void Ask_ChatOverview_QuotesWhatTheRoleDoes(string question, bool semantic)
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenbu-data-engineer.md", DataEngineer);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse(question));

        Assert.StartsWith("The Data Engineer builds", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_OrganisationNameWithASynonym_IsStillTheOrganisation()
    {
        // "opportunity" is indexed with a synonym's concept; after "nyc" it is the rest of the name in the file name.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("nyc-opportunity-data-engineer.md", DataEngineer);
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("what does the data engineer at nyc opportunity actually do?"));

        Assert.StartsWith("The Data Engineer builds", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_WhatsTheSplit_QuotesEachRolesDescription()
    {
        // "what's the split" asks how two roles divide the work, not for lines with the word "split".
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenbu-engineering-manager.md", "# Engineering Manager\n\nThe engineering manager hires, coaches and grows the people on the team.\n\n## Rota\n\nWe split the support rota evenly across the year.\n");
        folder.Write("zenbu-tech-lead.md", "# Tech Lead\n\nThe tech lead owns the technical direction and reviews the riskiest designs.\n\n## Rota\n\nWe split release duty between two people each quarter.\n");
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("zenbu EM vs TL, what's the split?"));

        Assert.DoesNotContain(answer.Citations.Take(2), c => c.Excerpt.Text.Contains("split", StringComparison.Ordinal));
    }
}
