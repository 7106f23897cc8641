using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Retrieval;

/// <summary>
/// "SRE vs senior SRE": a role against a level of it compares the ladder's base level with that level, line by line; two
/// levels asked without an organisation are compared in the one ladder that heads both.
/// </summary>
public sealed class BaseLevelComparisonTests
{
    private const string Ladder = """
        # Site Reliability Engineer

        ## Levels

        ### Site Reliability Engineer

        - Impact: keeps the services of one team reliable.
        - Expertise: deep knowledge in 1 area of operations.

        ### Senior Site Reliability Engineer

        - Impact: keeps the services of a whole department reliable.
        - Expertise: deep knowledge in 2 areas of operations.

        ### Staff Site Reliability Engineer

        - Impact: sets reliability goals for the whole company.
        - Expertise: deep knowledge in most areas of operations.
        """;

    [Theory]
    [InlineData("zenith SRE vs senior SRE - how many areas do u go deep in?", true)]
    [InlineData("zenith SRE vs senior SRE - how many areas do u go deep in?", false)]
    [InlineData("senior SRE vs SRE at zenith", true)]
    [InlineData("senior SRE vs SRE at zenith", false)]
    public void Ask_RoleVsALevelOfIt_QuotesTheBaseLevelsLineAgainstTheLevels(string question, bool semantic)
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-site-reliability-engineer.md", Ladder);
        folder.Write("zenith-oncall.md", "# On-call\n\nA site reliability engineer joins the on-call rotation after their first month.\n");
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse(question));

        Assert.True(answer.Answered);
        var sections = answer.Citations.Take(2).Select(c => c.Section[(c.Section.LastIndexOf('>') + 1)..].Trim()).ToHashSet();
        Assert.Equal(["Site Reliability Engineer", "Senior Site Reliability Engineer"], sections);
        Assert.DoesNotContain(answer.Citations, c => c.Section.Contains("Staff", StringComparison.Ordinal) || c.Source.Contains("oncall", StringComparison.Ordinal));
        Assert.Contains("senior SRE", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_TwoLevelsWithoutAnOrganisation_ComparedInTheOneLadderThatHeadsBoth(bool semantic)
    {
        // Acme names a principal PM too, but only Zenith's ladder has both levels.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-product-manager.md", """
            # Product Manager

            ## Levels

            ### Principal Product Manager

            Principal product managers own one product area end to end and mentor senior product managers.

            ### Senior Principal Product Manager

            Senior principal product managers own a whole product line and mentor principal product managers.
            """);
        folder.Write("acme-product-manager.md", """
            # Product manager pathway

            ## Principal product manager

            A principal product manager leads other disciplines and shapes the organisation's strategy.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("principal vs senior principal PM, whats the jump?"));

        Assert.True(answer.Answered);
        Assert.All(answer.Citations, c => Assert.Equal("zenith-product-manager.md", c.Source));
        Assert.EndsWith("> Principal Product Manager", answer.Citations[0].Section, StringComparison.Ordinal);
        Assert.EndsWith("> Senior Principal Product Manager", answer.Citations[1].Section, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_RoleVsALevelOfItInOneTeamsPages_ComparedInTheLadderNotAPageNamedForTheLevel(bool semantic)
    {
        // A team's own pages name no organisation. "senior-engineer.md" is named for the level, yet is no page of the
        // engineering manager's, though it mentions one.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("manager-roles.md", """
            # Manager roles

            ## Engineering Manager

            - Impact: makes an impact on one whole stream of work.
            - People: grows the careers of the team's engineers.

            ## Senior Engineering Manager

            - Impact: makes an impact on several streams within a programme.
            - People: grows the careers of managers and engineers across teams.
            """);
        folder.Write("senior-engineer.md", """
            # Senior Engineer

            ## Impact

            A senior engineer agrees the quarter's goals with their engineering manager and delivers them.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("EM vs senior EM?"));

        Assert.True(answer.Answered);
        Assert.All(answer.Citations, c => Assert.Equal("manager-roles.md", c.Source));
        Assert.Equal(["Engineering Manager", "Senior Engineering Manager"], answer.Citations.Take(2).Select(c => c.Section).ToHashSet());
    }

    [Fact]
    public void Ask_TwoTiersEachOverTheirOwnList_ComparedLineByLine()
    {
        // Hybrid mode pairs lines of two sides that share a name; lexical mode keeps its own comparison path.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-governance.md", """
            # Zenith governance

            ## Roles

            * Senior Maintainers
              * Have the most experience with the project and lead its growth
              * Receive two votes in the voting process
            * Standard Maintainers
              * Have less experience with the project than senior maintainers
              * Receive one vote in the voting process

            ## Becoming a maintainer

            Standard maintainer access can be upgraded to senior maintainer access after two months of work.
            """);
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("zenith senior maintainer vs standard maintainer"));

        Assert.True(answer.Answered);
        Assert.Equal(["Roles > Senior Maintainers", "Roles > Standard Maintainers"], answer.Citations.Take(2).Select(c => c.Section).ToHashSet());
        Assert.Contains(answer.Citations, c => c.Section == "Roles > Standard Maintainers" && c.Excerpt.Text.Contains("one vote", StringComparison.Ordinal));
    }
}
