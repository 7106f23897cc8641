using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Retrieval;

/// <summary>Levels asked by their codes ("IC5 vs IC6") where the ladder heads them "Senior Engineer (IC 5)".</summary>
public sealed class CodedLevelComparisonTests
{
    private const string Ladder = """
        # Technical path

        ## Senior Engineer (IC 5)

        Senior engineers own a whole service and keep it healthy.

        **Scope:** They deliver work that spans one team's systems.

        ## Staff Engineer (IC 6)

        Staff engineers set the technical direction for a department.

        **Scope:** They deliver work that spans several departments.
        """;

    [Theory]
    [InlineData("zenith senior eng (IC5) vs staff (IC6), how does the scope change?", true)]
    [InlineData("zenith senior eng (IC5) vs staff (IC6), how does the scope change?", false)]
    [InlineData("IC 5 vs IC 6 at zenith", true)]
    [InlineData("ic-5 vs ic-6 at zenith", false)]
    public void Ask_CodedLevels_QuoteEachLevelsOwnSection(string question, bool semantic)
    {
        // The incident page defines "Incident Commander (IC)": the ladder's "IC 5" must still read as a level.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-technical-path.md", Ladder);
        folder.Write("zenith-incidents.md", "# Incidents\n\nThe Incident Commander (IC) leads the response and keeps the timeline of the incident.\n");
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse(question));

        Assert.True(answer.Answered);
        Assert.DoesNotContain("Incident", answer.Lead, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("(IC 5)", answer.Citations[0].Section, StringComparison.Ordinal);
        Assert.Contains("(IC 6)", answer.Citations[1].Section, StringComparison.Ordinal);
    }
}
