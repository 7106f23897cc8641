using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Tests.Retrieval;

public sealed class IdiomsTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("what's a mgr on the hook for?", "what's a mgr accountable for?")]
    [InlineData("do staff engs still get their hands dirty?", "do staff engs still do hands-on technical work?")]
    [InlineData("who Calls The Shots on the roadmap", "who makes the final decisions on the roadmap")]
    [InlineData("is the MLE the one who keeps the lights on in prod?", "is the MLE the one who operate and maintain the systems reliably in prod?")]
    [InlineData("what if I'm in over my head", "what if I'm stuck and need help")]
    public void Rewrite_Idiom_PlainWords(string question, string plain) => Assert.Equal(plain, Idioms.Rewrite(question));

    [Theory]
    [InlineData("does an MLE need Spark?")]
    [InlineData("who owns the hooks in the webhook service?")]   // "hook" alone is not the idiom
    [InlineData("what does a data scientist do day to day")]
    public void Rewrite_NoIdiom_Unchanged(string question) => Assert.Equal(question, Idioms.Rewrite(question));

    [Fact]
    public void Ask_IdiomForAHandsOnQuestion_FindsTheHandsOnWording()
    {
        var parsed = fixture.Knowledge.Parser.Parse("do MLEs get their hands dirty with production code?");

        Assert.Contains(parsed.Topic, t => t.Surface.Equals("hands-on", StringComparison.OrdinalIgnoreCase) || t.Surface.Equals("technical", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(parsed.Topic, t => t.Surface.Equals("dirty", StringComparison.OrdinalIgnoreCase));
    }
}
