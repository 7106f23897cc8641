using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Retrieval;

/// <summary>Levels a ladder's list labels line by line ("Engineer 1 (IC2): …", "Engineering Manager 1: …"): each level's labelled line first.</summary>
public sealed class LabelledLevelComparisonTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_LevelsLabelledInAList_QuotesEachLevelsLabelledLine(bool semantic)
    {
        // No heading names a level: a table and a list do. The list lines that open with each level's name say what it is.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-engineering-ladder.md", """
            # Engineering ladder

            ## Tracks

            | Individual contributor | Level |
            | --- | --- |
            | Engineer 1 | IC2 |
            | Engineer 2 | IC3 |

            ## Summary

            - Engineer 1 (IC2): Focuses on being an effective individual contributor.
            - Engineer 2 (IC3): Is an effective team member who unblocks others.
            - Senior Engineer 1 (IC4): Drives change across a product area.

            ## Management

            Managers can manage Engineer 1 and Engineer 2 ICs and help them grow to the next level.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new RoleBot.Knowledge.Answers.AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("engineer 1 vs engineer 2 at zenith"));

        Assert.True(answer.Answered);
        Assert.StartsWith("Engineer 1 (IC2): Focuses", answer.Citations[0].Excerpt.Text.TrimStart('-', ' '), StringComparison.Ordinal);
        Assert.StartsWith("Engineer 2 (IC3): Is an effective", answer.Citations[1].Excerpt.Text.TrimStart('-', ' '), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_RoleAcronymWithLevelNumbers_QuotesEachLevelsLabelledLine(bool semantic)
    {
        // "EM1 vs EM2": the ladder labels its levels "Engineering Manager 1", never "EM1".
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-ladder.md", """
            # Zenith engineering ladder

            ## Management track

            As an engineering manager grows at Zenith, their scope widens from one team to several.

            ### Summary

            - Engineering Manager 1: Moving over from an individual contributor role, mostly learning to manage people.
            - Engineering Manager 2: Confidently manages six or more individual contributors and speeds up their delivery.
            - Senior Engineering Manager: Shapes delivery across several teams.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new RoleBot.Knowledge.Answers.AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("EM1 vs EM2 at zenith, what changes"));

        Assert.True(answer.Answered);
        Assert.StartsWith("Engineering Manager 1: Moving over", answer.Citations[0].Excerpt.Text.TrimStart('-', ' '), StringComparison.Ordinal);
        Assert.StartsWith("Engineering Manager 2: Confidently", answer.Citations[1].Excerpt.Text.TrimStart('-', ' '), StringComparison.Ordinal);
    }
}
