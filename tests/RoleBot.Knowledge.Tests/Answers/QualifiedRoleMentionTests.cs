using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>
/// A role the question names with a qualifier ("feedstock maintainers", "scikit-learn maintainers") is covered when the
/// documents write that role in their own words, and absent only when they never do ("blockchain developer").
/// </summary>
public sealed class QualifiedRoleMentionTests
{
    private const string Governance = """
        # Forge governance

        ## Teams and roles

        The core team is the governing body over the whole forge organisation and may create new sub-teams.

        Maintainers look after one or more feedstock repositories. Maintainers can merge pull requests into the feedstocks of the packages they look after.

        ## Technical committee

        The technical committee approves changes to the governance model and sets the project's direction.
        """;

    private static Answer Ask(string fileName, string question)
    {
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write(fileName, Governance);
        using var knowledge = folder.LoadKnowledge(semantic: false);
        return new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse(question));
    }

    [Fact]
    public void Ask_QualifierAndRoleNounInOneSentence_IsNotAbsent()
    {
        // "feedstock maintainer" is never written as a phrase, but a sentence says what maintainers do with feedstocks.
        var answer = Ask("forge-governance.md", "in the forge, what can the core team do vs feedstock maintainers?");

        Assert.DoesNotContain("don't mention", answer.Lead);
        Assert.True(answer.Answered);
    }

    [Fact]
    public void Ask_QualifierTheDocumentsNeverUse_StaysAbsent()
    {
        var answer = Ask("forge-governance.md", "what does a blockchain maintainer do?");

        Assert.False(answer.Answered);
        Assert.Equal("My sources don't mention a blockchain maintainer, so I won't guess.", answer.Lead);
    }

    [Theory]
    [InlineData("who looks after feedstocks, the core team or maintainers?")]
    [InlineData("who picks maintainers for a feedstock?")]             // "picks" is what who does, not a kind of maintainer
    public void Ask_VerbAfterWho_IsNoQualifier(string question)
    {
        var answer = Ask("forge-governance.md", question);

        Assert.DoesNotContain("don't mention", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what can a regular maintainer do?")]
    [InlineData("can a normal maintainer merge PRs?")]
    public void Ask_RoleCalledRegularOrNormal_IsTheRoleItself(string question)
    {
        // "a regular maintainer" is a maintainer as opposed to a narrower kind, not a kind of its own the pages never name.
        var answer = Ask("forge-governance.md", question);

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.Excerpt.Text.Contains("Maintainers can merge pull requests", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_QualifierThatIsAWordOfRoleNames_CountsOnlyAsWritten()
    {
        // "data" and "engineer" share sentences in many documents; a data engineer is only there when written so.
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("roles.md", "# Roles\n\n## Data scientist\n\nData scientists work with engineers to turn data into forecasts.\n");
        using var knowledge = folder.LoadKnowledge(semantic: false);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("does a data engineer own the forecasts?"));

        Assert.False(answer.Answered);
    }

    [Fact]
    public void Ask_HyphenatedProjectNameOfTheDocuments_QualifiesTheRole()
    {
        // "scikit-learn" is two index terms, one of them shared with "machine learning engineer": still the project's name.
        var answer = Ask("scikit-learn-governance.md", "scikit-learn maintainers vs the technical committee - what's the difference?");

        Assert.DoesNotContain("don't mention", answer.Lead);
        Assert.True(answer.Answered);
    }

    [Fact]
    public void Ask_OneWordRoleNarrowedByAWordTheDocumentsUse_IsAbsent()
    {
        // "Officers" titles a page, so it is a role; "data" is all over the data engineer's page. A chief data officer
        // is still a role no page names: the one-word role is too general to stand for it.
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("zenith-officers.md", "# Officers\n\nOfficers run the project's elections and keep its records.\n");
        folder.Write("zenith-data-engineer.md", "# Zenith: Data Engineer\n\nThe data engineer owns Zenith's data pipelines and data warehouse.\n");
        using var knowledge = folder.LoadKnowledge(semantic: false);
        var composer = new AnswerComposer(knowledge);

        var chief = composer.Compose(knowledge.Parser.Parse("who's the chief data officer at zenith?"));
        var officers = composer.Compose(knowledge.Parser.Parse("what do the officers at zenith do?"));

        Assert.False(chief.Answered);
        Assert.Equal("My sources don't mention a data officer, so I won't guess.", chief.Lead);
        Assert.True(officers.Answered);
    }
}
