using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>A sentence about the page itself ("This page will take you through …") says what the page covers, not what it says.</summary>
public sealed class PageSentenceTests
{
    [Theory]
    [InlineData("This page will take you through how we run one-on-ones.", true)]
    [InlineData("In this post, Lara lists questions for a first 1:1.", true)]
    [InlineData("This document describes the on-call rotation.", true)]
    [InlineData("This section of the handbook is owned by the PMC.", false)]   // "section of": no sentence about the page
    [InlineData("This guidance applies to every reviewer.", false)]
    [InlineData("The page is sent to the secondary on-call after 5 minutes.", false)]
    public void AboutThePage_SentencesThatDescribeThePageItself(string sentence, bool aboutThePage) =>
        Assert.Equal(aboutThePage, ExcerptRanking.AboutThePage(sentence));

    [Fact]
    public void Ask_PageIntroductionInTheQuestionsWords_IsNotTheAnswer()
    {
        // The introduction repeats the question's words and meaning ("one-on-ones at Zenith"); the line that answers
        // states the cadence.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-one-on-ones.md", """
            # One-on-one meetings at Zenith

            This page will take you through how we hold one-on-one meetings with your manager at Zenith.

            ## Cadence

            Cadence varies by person, but a good default for one-on-one meetings is weekly, for half an hour.
            """);
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("how often do we hold one-on-one meetings with the manager at zenith?"));

        Assert.True(answer.Answered);
        Assert.Contains("weekly", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }
}
