using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Retrieval;

/// <summary>"senior vs staff", "IC3 vs IC4 MLE", "M3 vs M4": two levels of a ladder, answered the way a ladder is read.</summary>
public sealed class LevelComparisonTests
{
    [Fact]
    public void Ask_LevelsTheGlossaryDoesNotKnow_QuotesEachLevel()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("ladder.md", """
            # Engineering ladder

            ## Senior engineer

            A senior engineer owns the delivery of medium-sized features from design to release without supervision.

            ## Staff engineer

            A staff engineer sets the technical direction for several teams and resolves disagreements about architecture.

            ## Benefits

            Everyone gets a laptop and a yearly learning budget to spend on books and courses.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new RoleBot.Knowledge.Answers.AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("senior vs staff eng?"));

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.Excerpt.Text.Contains("medium-sized features", StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => c.Excerpt.Text.Contains("technical direction", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_LevelsTitledByTheirDocuments_QuotesEachLevelsDocumentNotTheOrganisationsName()
    {
        // One document per level, as career frameworks publish them; a third names the levels and "Zenith" in every line.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-engineer-ic3.md", """
            # IC3 Engineer

            ## Scope

            I deliver features of a few weeks' size on my own and break them into tasks for others.
            """);
        folder.Write("zenith-engineer-ic4.md", """
            # IC4 Engineer

            ## Scope

            I lead projects that span several quarters and align two or more teams on their design.
            """);
        folder.Write("zenith-culture.md", """
            # Life at Zenith

            Engineers at Zenith share the Zenith values and speak for Zenith at conferences.

            Every Zenith engineer at IC3 joins the Zenith guilds, and at IC4 mentors at the Zenith academy.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new RoleBot.Knowledge.Answers.AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("what changes from IC3 to IC4 at zenith?"));

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.Excerpt.Text.Contains("few weeks", StringComparison.Ordinal));
        Assert.Contains(answer.Citations, c => c.Excerpt.Text.Contains("several quarters", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_TwoLevelsOfALadder_QuotesTheSameLineAtEachLevel(bool semantic)
    {
        // A ladder says the same thing at each level in that level's words; the answer is those pairs, not a line both
        // levels share word for word, nor one that differs only in the level's name and number.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("ladder.md", """
            # Engineering ladder

            ## Senior engineer

            The Senior engineer is grade 7.

            - Ships moderately sized features with little guidance from others.
            - Resolves disagreements inside the team before they escalate.
            - Follows the company values in everything they do.

            ## Staff engineer

            The Staff engineer is grade 8.

            - Ships large, cross-team features with no guidance from others.
            - Resolves disagreements inside and outside the team before they escalate.
            - Follows the company values in everything they do.

            ## Senior Staff engineer

            - Ships company-wide platforms with no guidance from others.
            - Resolves disagreements between whole departments before they escalate.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new RoleBot.Knowledge.Answers.AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("senior vs staff eng?"));

        Assert.True(answer.Answered);
        Assert.StartsWith("Here is how the sources set senior and staff apart", answer.Lead, StringComparison.Ordinal);
        var quoted = answer.Citations.Select(c => c.Excerpt.Text).ToList();
        Assert.Equal(4, quoted.Count);
        Assert.Contains(quoted, t => t.Contains("inside the team", StringComparison.Ordinal));
        Assert.Contains(quoted, t => t.Contains("inside and outside", StringComparison.Ordinal));
        Assert.Contains(quoted, t => t.Contains("moderately sized", StringComparison.Ordinal));
        Assert.Contains(quoted, t => t.Contains("large, cross-team", StringComparison.Ordinal));
        Assert.DoesNotContain(quoted, t => t.Contains("grade", StringComparison.Ordinal) || t.Contains("values", StringComparison.Ordinal));
        Assert.DoesNotContain(quoted, t => t.Contains("company-wide", StringComparison.Ordinal) || t.Contains("departments", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_LevelsNumberedInRomanNumerals_EachLevelsOpeningLineThenAParallelPair(bool semantic)
    {
        // "PM I vs PM II": the levels are headed "Product manager I" / "II" (the analyzer keeps no word "I"); another
        // ladder of the same organisation numbers its levels the same way and must not answer for the product manager.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-product-manager.md", """
            # Product manager

            ## Product manager I

            A product manager I works on one feature team under the guidance of a more senior product manager.

            - You write user stories that engineers can estimate without further questions.

            ## Product manager II

            A product manager II leads a whole product area and plans its roadmap with the team.

            - You write user stories and acceptance criteria for several teams at once.
            """);
        folder.Write("zenith-people-manager.md", """
            # People manager

            ## Level I

            You hold weekly one-on-ones with each of your direct reports.

            ## Level II

            You hold weekly one-on-ones with managers who report to you.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new RoleBot.Knowledge.Answers.AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("PM I vs PM II at zenith"));

        Assert.True(answer.Answered);
        Assert.StartsWith("Here is how the sources set PM I and PM II apart", answer.Lead, StringComparison.Ordinal);
        Assert.Contains("guidance of a more senior", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
        Assert.Contains("leads a whole product area", answer.Citations[1].Excerpt.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Citations, c => c.Excerpt.Text.Contains("one-on-ones", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_LevelsWithADocumentEach_QuotesEachDocumentsOpeningLineNotItsMenu(bool semantic)
    {
        // One document per level, titled by the level, each opening with the site's menu ("Zenith Engineering Career
        // Framework", "IC3 Data Engineer", …) before the level's summary line.
        using var folder = TestPaths.NewTempFolder();
        foreach (var (level, summary, results) in new[]
        {
            ("IC3", "I independently deliver pipelines through a set of milestones for one product area.", "I deliver some of my team's goals on time"),
            ("IC4", "I autonomously deliver ongoing business impact across a team or a whole data platform.", "I deliver many of my team's goals on time"),
        })
        {
            folder.Write($"zenith-data-engineer-{level.ToLowerInvariant()}.txt", $"""
                Zenith Engineering Career Framework
                IC3 Data Engineer
                IC4 Data Engineer

                {summary}

                {results} and with a high standard of quality.
                """);
        }

        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new RoleBot.Knowledge.Answers.AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("IC3 vs IC4 data eng at zenith"));

        Assert.True(answer.Answered);
        Assert.StartsWith("I independently deliver pipelines", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
        Assert.StartsWith("I autonomously deliver", answer.Citations[1].Excerpt.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_LevelsUnderAHeadingThatNamesTheRest_EachSectionsOpeningLine(bool semantic)
    {
        // "manager" is in no file name, only in the heading over the levels; each level's section is long enough to
        // make several passages, and its opening line is in the first.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-career-framework.md", """
            # Career framework

            ## Management levels

            ### M3

            Accountable for the results of one small team of individual contributors.

            - Behaviour 1 at this level: keeps the team's rituals healthy and reviews plan number 1 with care.
            - Behaviour 2 at this level: keeps the team's rituals healthy and reviews plan number 2 with care.
            - Behaviour 3 at this level: keeps the team's rituals healthy and reviews plan number 3 with care.
            - Behaviour 4 at this level: keeps the team's rituals healthy and reviews plan number 4 with care.
            - Behaviour 5 at this level: keeps the team's rituals healthy and reviews plan number 5 with care.
            - Behaviour 6 at this level: keeps the team's rituals healthy and reviews plan number 6 with care.
            - Behaviour 7 at this level: keeps the team's rituals healthy and reviews plan number 7 with care.
            - Behaviour 8 at this level: keeps the team's rituals healthy and reviews plan number 8 with care.
            - Behaviour 9 at this level: keeps the team's rituals healthy and reviews plan number 9 with care.
            - Behaviour 10 at this level: keeps the team's rituals healthy and reviews plan number 10 with care.
            - Behaviour 11 at this level: keeps the team's rituals healthy and reviews plan number 11 with care.
            - Behaviour 12 at this level: keeps the team's rituals healthy and reviews plan number 12 with care.
            - Behaviour 13 at this level: keeps the team's rituals healthy and reviews plan number 13 with care.
            - Behaviour 14 at this level: keeps the team's rituals healthy and reviews plan number 14 with care.
            - Behaviour 15 at this level: keeps the team's rituals healthy and reviews plan number 15 with care.

            ### M4

            Accountable for the results of several teams and the managers who lead them.

            - Behaviour 1 at this level: grows the managers who report to them and reviews portfolio 1 with care.
            - Behaviour 2 at this level: grows the managers who report to them and reviews portfolio 2 with care.
            - Behaviour 3 at this level: grows the managers who report to them and reviews portfolio 3 with care.
            - Behaviour 4 at this level: grows the managers who report to them and reviews portfolio 4 with care.
            - Behaviour 5 at this level: grows the managers who report to them and reviews portfolio 5 with care.
            - Behaviour 6 at this level: grows the managers who report to them and reviews portfolio 6 with care.
            - Behaviour 7 at this level: grows the managers who report to them and reviews portfolio 7 with care.
            - Behaviour 8 at this level: grows the managers who report to them and reviews portfolio 8 with care.
            - Behaviour 9 at this level: grows the managers who report to them and reviews portfolio 9 with care.
            - Behaviour 10 at this level: grows the managers who report to them and reviews portfolio 10 with care.
            - Behaviour 11 at this level: grows the managers who report to them and reviews portfolio 11 with care.
            - Behaviour 12 at this level: grows the managers who report to them and reviews portfolio 12 with care.
            - Behaviour 13 at this level: grows the managers who report to them and reviews portfolio 13 with care.
            - Behaviour 14 at this level: grows the managers who report to them and reviews portfolio 14 with care.
            - Behaviour 15 at this level: grows the managers who report to them and reviews portfolio 15 with care.
            """);
        folder.Write("zenith-values.md", "# Values\n\nWe write things down and we ship small changes often.\n");
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new RoleBot.Knowledge.Answers.AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("M3 vs M4 mgr at zenith"));

        Assert.True(answer.Answered);
        Assert.StartsWith("Here is how the sources set M3 and M4 apart", answer.Lead, StringComparison.Ordinal);
        Assert.StartsWith("Accountable for the results of one small team", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
        Assert.StartsWith("Accountable for the results of several teams", answer.Citations[1].Excerpt.Text, StringComparison.Ordinal);
    }
}
