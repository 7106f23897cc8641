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
}
