using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Tests.Retrieval;

/// <summary>Idioms asked in the past tense ("who dropped the ball?") read as in the present.</summary>
public sealed class IdiomTensesTests
{
    [Theory]
    [InlineData("last sprint the DS got their hands dirty in prod", "last sprint the DS do hands-on technical work in prod")]
    [InlineData("who dropped the ball on the release?", "who fail to deliver on the release?")]
    [InlineData("the SRE kept the lights on all weekend", "the SRE operate and maintain the systems reliably all weekend")]
    public void Rewrite_IdiomInThePastTense_PlainWords(string question, string plain) =>
        Assert.Equal(plain, Idioms.Rewrite(question));

    [Theory]
    [InlineData("(?:drop|drops|dropping) the ball", "(?:drop|drops|dropping|dropped) the ball")]
    [InlineData("(?:keep|keeps|keeping) the lights on", "(?:keep|keeps|keeping|kept) the lights on")]
    [InlineData("(?:carry|carries|carrying) the can", "(?:carry|carries|carrying|carried) the can")]
    [InlineData("(?:at|in|during) the standup", "(?:at|in|during) the standup")]      // no verb: unchanged
    [InlineData("(?:bump|bumps|bumped|bumping) up", "(?:bump|bumps|bumped|bumping) up")] // already there: unchanged
    public void WithPastTenses_AddsAVerbsPastForms(string pattern, string expected) =>
        Assert.Equal(expected, Idioms.WithPastTenses(pattern));
}
