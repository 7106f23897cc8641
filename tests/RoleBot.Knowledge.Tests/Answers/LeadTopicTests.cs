namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>The lead names the topic only while its words still read as a subject.</summary>
public sealed class LeadTopicTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Fact]
    public void Ask_ShortTopic_LeadNamesIt()
    {
        var answer = fixture.Ask("does an MLE need spark?");

        Assert.StartsWith("Yes: the sources tie spark to the ML engineer role", answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_LongTopic_LeadSaysThisInsteadOfAWordList()
    {
        // The topic's words ("cleans raw data builds feature pipelines monitors models") strung together read as nonsense.
        var answer = fixture.Ask("who cleans the raw data and builds the feature pipelines and monitors the models?");

        Assert.True(answer.Answered);
        Assert.StartsWith("The sources tie this ", answer.Lead, StringComparison.Ordinal);
    }
}
