using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>"what does X do at Acme?": the words that only name documents do not turn an overview into a topic search.</summary>
public sealed class RoleOverviewTests
{
    [Fact]
    public void Ask_RoleAtAnOrganisationNamedOnlyByItsDocuments_QuotesTheRoleOverview()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("acme-data-engineer.md", """
            # Data engineer at Acme

            Below you will find the list of skills for becoming a data engineer at Acme and a description for each level.

            ## What a data engineer does

            Data engineers build the pipelines that ingest, clean and store data so analysts can trust it.

            ## Level 2

            You review pull requests and mentor interns at Acme.
            """);
        folder.Write("acme-designer.md", """
            # Designer at Acme

            Below you will find the list of skills for becoming a designer at Acme and a description for each level.

            ## What a designer does

            Designers run user research and turn it into prototypes.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("what does a data engineer do at acme"));

        Assert.True(answer.Answered);
        Assert.Contains("build the pipelines", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }
}
