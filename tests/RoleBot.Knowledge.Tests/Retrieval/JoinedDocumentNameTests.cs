using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Retrieval;

/// <summary>
/// "giant swarm" where the file is giantswarm-onboarding.md: the two words are the organisation the file is named for,
/// not topic words that match a line saying "our giant swarm events".
/// </summary>
public sealed class JoinedDocumentNameTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_OrganisationWrittenAsTwoWords_ReadsAsTheDocumentsName(bool semantic)
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("giantswarm-onboarding.md", """
            # Onboarding roles

            ## Mentor

            The mentor pairs with the new joiner on their first technical tasks and reviews their first changes.

            You can also invite the new joiner to lunch or to our giant swarm and friends events.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var parsed = knowledge.Parser.Parse("what does a mentor at giant swarm do?");
        var answer = new AnswerComposer(knowledge).Compose(parsed);

        Assert.Contains("giantswarm", parsed.Corrected, StringComparison.Ordinal);
        Assert.StartsWith("The mentor pairs", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThreeWordsOfOneName_AreJoined()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("hackforla-product-owner.md", "# Product Owner\n\nThe product owner orders the backlog.\n");
        using var knowledge = folder.LoadKnowledge(semantic: false);

        Assert.Equal("what does a product owner at hackforla do?", knowledge.Parser.Parse("what does a product owner at hack for la do?").Corrected);
    }

    [Fact]
    public void Parse_TwoWordsOfOneName_AreJoinedThoughOneNamesAnotherDocument()
    {
        // "tech" names acme-tech-lead.md; "made tech" is still madetech-data-scientist.md's organisation.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("madetech-data-scientist.md", "# Data Scientist\n\nData scientists build models for clients.\n");
        folder.Write("acme-tech-lead.md", "# Tech Lead\n\nThe tech lead guides the team.\n");
        using var knowledge = folder.LoadKnowledge(semantic: false);

        Assert.Equal("what does a data scientist at madetech do?", knowledge.Parser.Parse("what does a data scientist at made tech do?").Corrected);
        Assert.Equal("what does a tech lead do?", knowledge.Parser.Parse("what does a tech lead do?").Corrected);
    }

    [Fact]
    public void Parse_WordsThatNameNoDocument_StayApart()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("giantswarm-onboarding.md", "# Onboarding\n\nThe mentor pairs with the new joiner.\n");
        using var knowledge = folder.LoadKnowledge(semantic: false);

        Assert.Equal("what does a mentor do at the big swarm?", knowledge.Parser.Parse("what does a mentor do at the big swarm?").Corrected);
    }
}
