using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>An excerpt keeps what its chosen sentence says, even when that sentence points back to a long one.</summary>
public sealed class ExcerptBoundsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_SentenceThatPointsBackToALongOne_IsNotCutShortForItsAntecedent(bool semantic)
    {
        // "They then …" leans on the sentence before; both together pass the 400-character limit, and joining them
        // would cut the list of algorithms off the end.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("data-scientist.md", """
            # Data scientist

            ## What a data scientist does

            Data scientists are responsible for collecting, cleaning and documenting the raw data that every business unit of the organisation provides, from sales ledgers and web analytics to support tickets, warehouse logs, marketing campaign exports and the many spreadsheets that finance teams keep by hand. They then prepare features that algorithms such as linear regression, logistic regression, decision trees and random forests take as input.
            """);
        folder.Write("designer.md", "# Designer\n\nDesigners run user research and turn it into prototypes.\n");
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("which algorithms does a data scientist use, like regression?"));

        Assert.True(answer.Answered);
        Assert.Contains("random forests take as input", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Examples of such sources are SaaS tools and CSV files.", true)]
    [InlineData("Many of these tools run in the cloud.", true)]
    [InlineData("These skills matter.", true)]
    [InlineData("Tools such as Spark and Hadoop process big data.", false)]     // "such as" lists, it does not point back
    [InlineData("An ML engineer builds big data services.", false)]
    public void LeansOnContext_SentenceThatPointsBackInItsFirstWords(string sentence, bool leans)
    {
        var analysed = new RoleBot.Knowledge.Index.AnalyzedSentence(new RoleBot.Knowledge.Passages.TextRange(0, sentence.Length), [], []);

        Assert.Equal(leans, ExcerptPicker.LeansOnContext(sentence, analysed));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_SentenceThatPointsBackMidway_IsQuotedWithItsAntecedent(bool semantic)
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("ml-engineer.md", """
            # ML engineer

            ## Data sources

            An ML engineer builds big data services that read data from several kinds of sources. Examples of such sources are SaaS tools and CSV files.
            """);
        folder.Write("designer.md", "# Designer\n\nDesigners run user research and turn it into prototypes.\n");
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("which tools like csv files does an mle read from?"));

        Assert.True(answer.Answered);
        Assert.StartsWith("An ML engineer builds big data services", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }
}
