using RoleBot.Knowledge.Passages;

namespace RoleBot.Knowledge.Tests.Documents;

public sealed class SentencesTests
{
    [Theory]
    [InlineData("Escalate it into an incident? (e.g. \"server on fire\" situations. Security alerts) - do so.", 2)]   // no end inside a closed parenthesis
    [InlineData("Page the IC (the deputy. Or anyone) - then write it down. Close it.", 2)]                              // the same, mid-sentence
    [InlineData("Page the IC (or the deputy. Nobody closes this", 2)]                                                    // never closed: the stop ends it
    [InlineData("Reviewers check style, e.g. Naming. Approvers check design.", 2)]                                       // "e.g." still no end
    public void Split_SentenceCount(string text, int count) =>
        Assert.Equal(count, Sentences.Split(text).Count);
}
