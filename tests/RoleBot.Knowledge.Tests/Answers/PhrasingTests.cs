using RoleBot.Knowledge.Answers;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>The verb a verdict repeats from the question ("The sources don't say that an ML engineer needs …").</summary>
public sealed class PhrasingTests
{
    [Theory]
    [InlineData("do MLEs need a phd", "needs")]
    [InlineData("does a DS use Spark?", "uses")]
    [InlineData("do data scientists write production code?", "writes")]
    [InlineData("what do SREs do on call?", "does")]
    [InlineData("is SQL important for data scientists", "needs")]
    public void Verb_OfTheQuestion_NotTheOpeningAuxiliary(string question, string verb) =>
        Assert.Equal(verb, Phrasing.Verb(question));

    [Theory]
    [InlineData("do MLEs work with Kafka?", "works with")]
    public void Verb_OfTwoWords_TakesItsEndingOnTheVerb(string question, string verb) =>
        Assert.Equal(verb, Phrasing.Verb(question));

    [Theory]
    [InlineData("write python", "writes", "python")]
    [InlineData("work with kafka", "works with", "kafka")]
    [InlineData("python", "writes", "python")]
    [InlineData("writing tests", "writes", "writing tests")]
    public void WithoutVerb_TheTopicDoesNotRepeatTheVerdictsVerb(string topic, string verb, string expected) =>
        Assert.Equal(expected, Phrasing.WithoutVerb(topic, verb));
}
