using RoleBot.Knowledge.Answers;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>
/// A question whose subject no page speaks of — a workplace-logistics word (vacation, vpn, dress code) or any of its
/// topic words at all — is "not covered", however near some lines sit in meaning.
/// </summary>
public sealed class AbsentTopicTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("how many vacation days do data scientists get?", "vacation")]
    [InlineData("how do i get the vpn working on my laptop?", "vpn")]
    [InlineData("is there a dress code for ML engineers?", "dress")]
    public void Ask_WorkplaceLogisticsTheDocumentsNeverMention_SaysSo(string question, string named)
    {
        // Benefits, pay and office or IT set-up: no role's description answers them, however near its lines sit in meaning.
        var answer = fixture.Ask(question);

        Assert.False(answer.Answered);
        Assert.Equal($"My sources don't mention {named}, so I won't guess.", answer.Lead);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_NoTopicWordAnyDocumentUses_NotCovered(bool semantic)
    {
        // Meaning vectors find lines near the question ("sample interview questions for ML engineers"), but no page says
        // a word of what it asks about.
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("ml-engineer.md", """
            # ML engineer

            An ML engineer deploys models to production and monitors them there.

            The following are sample interview questions for ML engineers, to give an idea of their responsibilities.
            """);
        using var knowledge = RoleBot.TestKit.TempFolderKnowledge.LoadKnowledge(folder, semantic);
        var composer = new AnswerComposer(knowledge);

        var offTopic = composer.Compose(knowledge.Parser.Parse("what's the on-call rotation like for ML engineers?"));
        var oneWord = composer.Compose(knowledge.Parser.Parse("do ML engineers ship models?"));   // one unknown word: maybe a paraphrase

        Assert.False(offTopic.Answered);
        Assert.Empty(offTopic.Citations);
        Assert.True(oneWord.Answered);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_WorkplaceLogisticsTheDocumentsDoMention_IsAnswered(bool semantic)
    {
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("zenith-benefits.md", """
            # Benefits at Zenith

            Every engineer gets 25 vacation days a year, on top of public holidays.

            Engineers connect to the VPN with the client that IT installs on their laptop.
            """);
        using var knowledge = RoleBot.TestKit.TempFolderKnowledge.LoadKnowledge(folder, semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("how many vacation days do engineers get at zenith?"));

        Assert.True(answer.Answered);
        Assert.Contains("25 vacation days", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WorkplaceLogisticsAnotherOrganisationMentions_SaysSo()
    {
        // Acme's on-call page mentions vacations; Zenith's pages do not, so Zenith's committers' vacation is not covered.
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("acme-on-call.md", """
            # On-call at Acme

            If you are on vacation during your on-call week, swap the shift with a teammate.
            """);
        folder.Write("zenith-governance.md", """
            # Zenith governance

            Committers are expected to work at least two hours per week on Zenith, triaging issues and reviewing pull requests.
            """);
        using var knowledge = RoleBot.TestKit.TempFolderKnowledge.LoadKnowledge(folder, semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("how many vacation days do committers get at zenith?"));

        Assert.False(answer.Answered);
        Assert.Equal("My sources don't mention vacation, so I won't guess.", answer.Lead);
    }

    [Theory]
    [InlineData("how many vacation days do zentrix committers get?", "vacation")]    // the name before an unknown role, no "at"
    [InlineData("how many days of annual leave do zentrix folks get?", "leave")]
    [InlineData("what's the pay range for committers at zentrix?", "pay")]
    public void Ask_WorkplaceLogisticsTheNamedOrganisationNeverMentions_SaysSo(string question, string named)
    {
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("acme-on-call.md", """
            # On-call at Acme

            If you are on vacation during your on-call week, swap the shift with a teammate. Acme's pay bands are public,
            and parental leave is sixteen weeks.
            """);
        folder.Write("zentrix-governance.md", """
            # Zentrix governance

            Committers are expected to work at least two hours per week on Zentrix, triaging issues and reviewing pull requests.
            """);
        using var knowledge = RoleBot.TestKit.TempFolderKnowledge.LoadKnowledge(folder, semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse(question));

        Assert.False(answer.Answered);
        Assert.Equal($"My sources don't mention {named}, so I won't guess.", answer.Lead);
    }

    [Fact]
    public void Ask_WorkplaceLogisticsWithAnEnglishWordThatNamesDocuments_IsAnswered()
    {
        // "code" names the code-review page, but "is there a dress code" is not asked about that page.
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("code-review.md", """
            # Code review

            Every pull request needs one approving review from a maintainer before it is merged.
            """);
        folder.Write("office.md", """
            # The office

            There is no dress code: wear what you are comfortable in, in the office and on calls.
            """);
        using var knowledge = RoleBot.TestKit.TempFolderKnowledge.LoadKnowledge(folder, semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("is there a dress code"));

        Assert.True(answer.Answered);
        Assert.Contains("no dress code", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }
}
