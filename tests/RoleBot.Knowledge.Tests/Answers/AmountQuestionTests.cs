using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>"how long / how often / how many" questions want an amount: sentences that state one rank higher.</summary>
public sealed class AmountQuestionTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("how long shud a mentor stick with a new hire?", true)]
    [InlineData("how often do i get 1:1s w my EM", true)]
    [InlineData("how many PRs do u need to become a reviewer", true)]
    [InlineData("what hours does the support team cover?", true)]        // a time is an amount too
    [InlineData("when does the oncall rota flip over?", true)]            // when something happens: a day or a time
    [InlineData("when do new hires get a laptop", true)]
    [InlineData("when is it ok to ask for a pair?", false)]               // a condition, not a time
    [InlineData("when should i escalate", false)]
    [InlineData("what does a mentor do?", false)]
    [InlineData("how do I become a reviewer?", false)]
    public void Parse_HowLongOftenMany_AsksForAnAmount(string question, bool amount) =>
        Assert.Equal(amount, fixture.Knowledge.Parser.Parse(question).AsksAmount);

    [Theory]
    [InlineData("Stay with your mentee through the first 3 months.", true)]
    [InlineData("6+ years of data analysis experience", true)]
    [InlineData("Set aside 4-8 hours per week.", true)]
    [InlineData("The team meets weekly to plan.", true)]
    [InlineData("An IC3 engineer at 2i2c owns features.", false)]          // digits inside names are not amounts
    [InlineData("Mentors help new hires settle in.", false)]
    [InlineData("The agenda for the one on one is set by the employee.", false)]  // "one-on-one" is a meeting, not a count
    [InlineData("Book a one-on-one with your lead.", false)]
    [InlineData("A schedule says who is on call at any one time.", false)]       // "one" as a pronoun, not a count
    [InlineData("The lead is the one who decides.", false)]
    [InlineData("One of the maintainers merges it.", false)]
    [InlineData("Managers meet each report every week.", true)]                  // a frequency in words
    [InlineData("Releases are cut once per sprint.", true)]
    [InlineData("We hold a retro at the end of each sprint.", true)]
    [InlineData("Pick one reviewer and one backup.", true)]
    [InlineData("The meeting lasts at least thirty minutes.", true)]
    [InlineData("Remove this label and add the next one.", false)]               // a pronoun after "next"
    [InlineData("Apply one or multiple impact labels.", false)]                  // "one or more" counts nothing
    [InlineData("Move the pull request to status/4-ready-to-merge.", false)]     // a digit inside a label's name
    [InlineData("A new rotation starts every Thursday.", true)]                  // a day of the week
    [InlineData("Stand-up is on Mondays and Wednesdays.", true)]
    [InlineData("Sunday-night deploys need an approver.", true)]
    [InlineData("Thursdayish is when it happens.", false)]
    public void StatesAmount_NumbersAndFrequencyWords(string sentence, bool amount) =>
        Assert.Equal(amount, ExcerptRanking.StatesAmount(sentence));

    [Fact]
    public void Rank_AmountQuestion_RaisesOnlyTheSentencesThatStateOne()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("onboarding-mentors.md", """
            # Onboarding mentors

            Mentors support new hires as they settle into the team and find their way around the codebase.

            Expect to stay with your mentee through the first 3 months, setting aside about 4 hours a week.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);
        var question = knowledge.Parser.Parse("how long do mentors support new hires?");
        var retriever = new Retriever(knowledge);
        var weights = retriever.Weights(question.Topic);
        var candidates = retriever.Retrieve(question.Topic, [], weights: weights, semanticQuery: question.SemanticText);

        double Score(bool asksAmount, string start) => ExcerptRanking.Rank(candidates, question.Topic, weights, [], asksAmount: asksAmount)
            .Single(o => o.Candidate.Passage.Text[o.Candidate.Analysis.Sentences[o.Sentence].Range.Start..].StartsWith(start, StringComparison.Ordinal)).Score;

        Assert.True(question.AsksAmount);
        Assert.Equal(Score(false, "Expect to stay") + ExcerptRanking.AmountWeight, Score(true, "Expect to stay"), 6);
        Assert.Equal(Score(false, "Mentors support"), Score(true, "Mentors support"), 6);
    }
}
