using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Tests.Retrieval;

public sealed class ChatSpellingTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("how long shd i wait b4 asking my mgr?", "how long should i wait before asking my manager?")]
    [InlineData("do engs w/o a PhD get hired", "do engineers without a PhD get hired")]
    [InlineData("1:1s w/ my EM pls", "one-on-ones with my EM please")]
    [InlineData("wats the deal w/ on-call", "what's the deal with on-call")]
    [InlineData("do devrel folks travel a lot", "do developer relations folks travel a lot")]
    [InlineData("whats the wifi pw", "what is the wifi password")]
    [InlineData("whats a liaison do during an incident", "what does a liaison do during an incident")]
    [InlineData("what's the PM do at planning?", "what does the PM do at planning?")]
    [InlineData("whats the best thing to do in week one", "what is the best thing to do in week one")]
    [InlineData("whats the plan, do we demo?", "what is the plan, do we demo?")]
    [InlineData("how is a principal eng diff from a staff one, whats the diff", "how is a principal engineer different from a staff one, what is the difference")]
    [InlineData("do gitlab eng managers still code?", "do gitlab engineering managers still code?")]
    [InlineData("is the eng ladder public or just for the eng team", "is the engineering ladder public or just for the engineering team")]
    [InlineData("who is the eng lead here, does a senior eng need a degree", "who is the engineering lead here, does a senior engineer need a degree")]
    [InlineData("who runs retros, the EM or PM? dont want to step on toes", "who runs retrospectives, the EM or PM? do not want to step on toes")]
    [InlineData("which ML libs and langs shd i learn frm the docs", "which ML libraries and languages should i learn from the documentation")]
    [InlineData("does a DS need R?", "does a DS need R?")]                      // R the language, not "are"
    [InlineData("r SREs on a pager rotation?", "are SREs on a pager rotation?")]
    [InlineData("which ML libs r they expected to know", "which ML libraries are they expected to know")]
    [InlineData("do u use r or python", "do you use r or python")]
    [InlineData("how long r 1:1s w my mgr supposed to run?", "how long are one-on-ones with my manager supposed to run?")]
    [InlineData("What r the perks", "What are the perks")]
    [InlineData("what about r and python?", "what about r and python?")]         // "about" is no question word: R stays
    [InlineData("how often do i get 1:1s w my EM", "how often do i get one-on-ones with my EM")]
    [InlineData("see https://x.io/w/o", "see https://x.io/w/o")]                // never inside a URL
    [InlineData("do devs care about a11y or i18n?", "do developers care about accessibility or internationalization?")]
    [InlineData("how does promo work, any mtgs w my mgr?", "how does promotion work, any meetings with my manager?")]
    [InlineData("wat does the EM own wen hiring, do i hav to ask?", "what does the EM own when hiring, do i have to ask?")]
    [InlineData("does a senior eng deal with tech dept?", "does a senior engineer deal with tech debt?")]   // "dept" misspelled after "tech"
    [InlineData("who pays down technical dept", "who pays down technical debt")]
    [InlineData("which dept owns the tech budget", "which department owns the tech budget")]
    [InlineData("who owns the DWH design", "who owns the data warehouse design")]
    public void Expand_ChatShorthand_SpelledOut(string question, string expected) =>
        Assert.Equal(expected, ChatSpelling.Expand(question));

    [Fact]
    public void Parse_RealEnglishWordTheKnowledgeLacks_IsNotCorrected()
    {
        var parsed = fixture.Knowledge.Parser.Parse("should MLEs learn Terraform?");

        Assert.Contains("learn", parsed.Corrected, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OffTopicQuestion_NotRewrittenTowardTheKnowledge()
    {
        // "rest" once became "reset", and the answer said "Answering: How do I reset my VPN password?".
        var parsed = fixture.Knowledge.Parser.Parse("How do I rest my VPN password?");

        Assert.Equal("How do I rest my VPN password?", parsed.Corrected);
    }

    [Fact]
    public void Parse_AcronymAndFullName_SameSemanticText()
    {
        var acronym = fixture.Knowledge.Parser.Parse("What does an MLE do?");
        var spelled = fixture.Knowledge.Parser.Parse("what does a machine learning engineer do");

        Assert.Equal(acronym.SemanticText, spelled.SemanticText);
    }
}
