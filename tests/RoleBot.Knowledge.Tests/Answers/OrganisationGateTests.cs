using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>"where do i park at the acme office?": the organisation's name is no evidence that its pages answer.</summary>
public sealed class OrganisationGateTests
{
    [Fact]
    public void Ask_OffTopicAtAnOrganisationEveryLineNames_NotCovered()
    {
        // Every line names Acme, so the question's vector sat near all of them with the name in it: a parking question
        // was answered with the on-call line.
        using var folder = WriteAcmePages();
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("where do i park at the acme office, is there a garage?"));

        Assert.False(answer.Answered);
    }

    [Theory]
    [InlineData("what do data analysts build at acme?", "dashboards")]
    [InlineData("who do PMs at acme prioritise the backlog with?", "backlog")]
    public void Ask_OnTopicAtAnOrganisation_StillAnswered(string question, string expected)
    {
        using var folder = WriteAcmePages();
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse(question));

        Assert.True(answer.Answered);
        Assert.Contains(expected, answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }

    private static TempFolder WriteAcmePages()
    {
        var folder = TestPaths.NewTempFolder();
        folder.Write("acme-site-reliability-engineer.md", """
            # Site reliability engineer at Acme

            Be on an on-call rotation to respond to incidents that impact Acme.com availability.

            Keep the Acme production systems running smoothly and automate away toil.

            Read more about levels at Acme here.
            """);
        folder.Write("acme-data-analyst.md", """
            # Data analyst at Acme

            Data analysts at Acme build dashboards for the Acme sales and marketing teams.

            Grow traffic to about.acme.com through organic search marketing programs.

            Read more about levels at Acme here.
            """);
        folder.Write("acme-product-manager.md", """
            # Product manager at Acme

            Product managers at Acme write the roadmap and talk to Acme customers every week.

            Acme product managers prioritise the backlog with their engineering manager.
            """);
        return folder;
    }
}
