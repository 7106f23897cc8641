using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>A yes/no verdict rests on what the quoted lines and their headings say, never on a document's file name.</summary>
public sealed class VerdictEvidenceTests
{
    private const string TechLeadRole = """
        # Tech Lead

        ## General responsibilities

        The TL is accountable for:

        - Facilitating standards around estimates and testing steps on tickets
        - Coordinating on-call support for the project

        ## Responsibilities not expected

        - Writing all the code: the tech lead's main work is leading and supporting the engineers who write it.
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_LineUnderANegatingHeading_IsALimitNotAYes(bool semantic)
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-tech-lead-role.md", TechLeadRole);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("does the tech lead write all the code?"));

        Assert.True(answer.Answered);
        Assert.Equal(Verdict.No, answer.Verdict);
    }

    [Fact]
    public void Ask_WordsOnlyTheFileNameHolds_DoNotMakeAYes()
    {
        // "zenith" and "accountable" are in the lines' file name and lead-in; nothing quoted says the TL writes code.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-tech-lead-role.md", TechLeadRole.Replace("- Writing all the code: the tech lead's main work is leading and supporting the engineers who write it.", "- Knowing everything about a project: knowledge is shared."));
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("is the zenith TL accountable for coding?"));

        Assert.Equal(Verdict.Unclear, answer.Verdict);
    }

    [Theory]
    [InlineData("Responsibilities not expected", true)]
    [InlineData("On call > Not Responsibilities", true)]
    [InlineData("What a tech lead is not", true)]
    [InlineData("Out of scope", true)]
    [InlineData("General responsibilities", false)]
    [InlineData("Notes on roles", false)]
    public void NegatingHeading_ReadsTheLastHeading(string section, bool negating) =>
        Assert.Equal(negating, NegationCheck.NegatingHeading(section));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_LineOnAnotherRolesPage_ThatNamesNoRole_IsNoYesForTheAskedRole(bool semantic)
    {
        // The data scientist's page mentions data engineers, so its section is tagged with both roles; its "They will
        // develop … machine-learning models" is about data scientists, as the page's title says.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-data-scientist.md", """
            # Data Scientist

            Data scientists work closely with data engineers and analysts. They will develop, test, and implement predictive and machine-learning models for the business.
            """);
        folder.Write("zenith-data-engineer.md", """
            # Data Engineer

            Data engineers build and run the pipelines that move data into the warehouse every night.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("can a data engineer develop machine-learning models?"));

        Assert.True(answer.Answered);
        Assert.NotEqual(Verdict.Yes, answer.Verdict);
        Assert.Contains("data scientist", answer.Lead, StringComparison.OrdinalIgnoreCase);
    }
}
