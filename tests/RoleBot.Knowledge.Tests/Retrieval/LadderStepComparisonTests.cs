using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Retrieval;

/// <summary>Steps of a ladder that are no level words ("Seasoned", "Expert"): compared line by line, as levels are.</summary>
public sealed class LadderStepComparisonTests
{
    [Fact]
    public void Ask_TwoStepsOfOneLadderWithTheirOwnNames_QuotesTheSameLineAtEachStep()
    {
        // "Seasoned" is no level word, yet "seasoned vs senior software engineer" names two steps of the same ladder,
        // each heading its own section: the answer pairs the lines each step says in its own words.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-engineer-progression.md", """
            # Software engineer progression at Zenith

            ## Seasoned software engineer

            - You drive features from design to release.
            - You mentor interns on the team's practices.

            ## Senior software engineer

            - You drive whole projects from client research to acceptance.
            - You mentor engineers across several teams.
            """);
        // Hybrid mode: lexical mode sends only comparisons of level words down this path (AnswerComposer.ComparesLevels).
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("seasoned vs senior software engineer at zenith?"));

        Assert.True(answer.Answered);
        Assert.StartsWith("Here is how the sources set seasoned and senior apart", answer.Lead, StringComparison.Ordinal);
        var sections = answer.Citations.Select(c => c.Section).ToList();
        Assert.Contains("Seasoned software engineer", sections);
        Assert.Contains("Senior software engineer", sections);
    }

    [Fact]
    public void Ask_TwoCodesOfALadderTheQuestionLocatesLoosely_QuotesTheSameLineAtEachCode()
    {
        // "D6" is no level word the parser knows, and "ladder" names another file (acme-qa-ladder.md): each code is found
        // by the section it heads.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-developer-levels.md", """
            # Developer

            ## D6 - Developer 6

            * Scope: makes an impact on the whole tech organization
            * Mentors: mentors others to accelerate their growth

            ## D7 - Developer 7

            * Scope: makes an impact on the tech community
            * Creates: designs new technologies used across teams
            """);
        folder.Write("acme-qa-ladder.md", "# QA ladder\n\n## Graduate QE\n\nI can write automated test scripts with guidance.\n");
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("D6 vs D7 on the developer ladder, whats different?"));

        Assert.True(answer.Answered);
        Assert.StartsWith("Here is how the sources set D6 and D7 apart", answer.Lead, StringComparison.Ordinal);
        Assert.All(answer.Citations, c => Assert.Equal("zenith-developer-levels.md", c.Source));
    }

    [Fact]
    public void Ask_CodesTheNamedOrganisationWritesInATable_StayInItsPages()
    {
        // Acme writes its codes in a table; Zenith heads sections with the same codes. "at acme" keeps Acme's pages.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("acme-engineering-levels.md", """
            # Engineering levels at Acme

            | Level | Scope |
            | --- | --- |
            | P2 | Ships features within one team with review |
            | P3 | Leads projects across two teams without review |
            """);
        folder.Write("zenith-ladder.md", """
            # Zenith ladder

            ## P2

            - Writes runbooks for one service.

            ## P3

            - Writes runbooks for every service of the platform.
            """);
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("P2 vs P3 at acme?"));

        Assert.True(answer.Answered);
        Assert.All(answer.Citations, c => Assert.Equal("acme-engineering-levels.md", c.Source));
    }
}
