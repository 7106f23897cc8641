using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Retrieval;

/// <summary>"senior vs staff backend, how big are the things each one ships?": two levels compared on what the question asks.</summary>
public sealed class LevelAspectTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_LevelsOnAnAspect_QuotesEachLevelsLineOnIt(bool semantic)
    {
        // Without the aspect each level's opening came first, and "ships" (named by no heading) stopped the levels'
        // sections from being found at all: the answer was two openings and a hiring line.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-backend-engineer.md", """
            # Backend engineering at Zenith

            ## Levels

            ### Senior Backend Engineer

            The Senior Backend Engineer role extends the Backend Engineer role.

            - Ship moderately sized features with little guidance from the team.
            - Write design documents that other engineers review.
            - Review merge requests from junior engineers every week.

            ### Staff Backend Engineer

            The Staff Backend Engineer role extends the Senior Backend Engineer role.

            - Ship large features that cut across several services.
            - Write the technical strategy the whole group follows.
            - Review merge requests that change the platform's architecture.

            ## Hiring

            We prefer to hire people as Senior and let them grow to Staff at Zenith.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("senior vs staff backend at zenith, how big are the things each one ships?"));

        Assert.True(answer.Answered);
        Assert.Contains("moderately sized features", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
        Assert.Contains("large features", answer.Citations[1].Excerpt.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_LevelsOfARoleWithADocumentEach_NoOrganisationNamed_QuotesEachLevelsDocument(bool semantic)
    {
        // "IC3 vs IC4 MLE" without "at zenith": the levels name the documents themselves.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-machine-learning-engineer-ic3.md", """
            # IC3 Machine Learning Engineer

            I deliver projects in service of my team's quarterly goals and ask for help when a plan slips.
            """);
        folder.Write("zenith-machine-learning-engineer-ic4.md", """
            # IC4 Machine Learning Engineer

            I own and deliver my team's semi-annual and annual goals and plan the work of several engineers.
            """);
        folder.Write("zenith-data-scientist.md", """
            # Data scientist

            Data scientists plan experiments and report on them to product managers.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("IC3 vs IC4 MLE - how far ahead do they each plan?"));

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.Excerpt.Text.Contains("quarterly goals", StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => c.Excerpt.Text.Contains("annual goals", StringComparison.Ordinal));
        Assert.DoesNotContain(answer.Citations, c => c.Excerpt.Text.Contains("experiments", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_ManagerLevelsOfALadderThatNamesNoRole_QuotesThatOrganisationsLevels(bool semantic)
    {
        // "zenith M3 vs M4 eng mgr": the organisation first, and a ladder whose "Management Levels > M3" names no
        // engineering manager; another organisation's "M3 Engineering Manager" page is no answer.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-career-framework.md", """
            # Zenith engineering career framework

            ## Management Levels

            ### M3

            Accountable for the results of a small team of individual contributors.

            ### M4

            Accountable for the results of a medium sized team or several small teams.
            """);
        folder.Write("borealis-engineering-manager-m3.md", """
            # M3 Engineering Manager

            Borealis Engineering Career Framework

            I support my team's well-being and respect work and life boundaries at Borealis.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("zenith M3 vs M4 eng mgr, what changes?"));

        Assert.True(answer.Answered);
        Assert.Contains("small team of individual contributors", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
        Assert.Contains("medium sized team", answer.Citations[1].Excerpt.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Citations, c => c.Source.StartsWith("borealis", StringComparison.Ordinal));
    }
}
