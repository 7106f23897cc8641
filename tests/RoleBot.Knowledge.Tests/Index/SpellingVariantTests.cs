using RoleBot.Knowledge.Index.Analysis;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Index;

/// <summary>British and American spellings are one word to search, whichever one the documents use.</summary>
public sealed class SpellingVariantTests
{
    [Theory]
    [InlineData("organisation", "organization")]
    [InlineData("prioritised", "prioritized")]
    [InlineData("specialisations", "specializations")]
    [InlineData("analysing", "analyzing")]
    [InlineData("behaviour", "behavior")]
    [InlineData("favourite", "favorite")]
    [InlineData("modelling", "modeling")]
    [InlineData("labelled", "labeled")]
    [InlineData("centre", "center")]
    [InlineData("programmes", "programs")]
    public void Analyze_BritishSpelling_SameTermsAsAmerican(string british, string american) =>
        Assert.Equal(TermAnalysis.Terms(RoleBotAnalyzer.Base, american), TermAnalysis.Terms(RoleBotAnalyzer.Base, british));

    [Theory]
    [InlineData("hour", "hor")]            // no British variant: "-our" only after the letters of behaviour, colour, labour …
    [InlineData("your", "yor")]
    [InlineData("spelling", "speling")]    // a doubled l after a consonant cluster is the word's own
    [InlineData("analyses", "analyzes")]   // the plural of analysis
    public void ToAmerican_WordWithoutAVariant_Unchanged(string word, string notThis) =>
        Assert.NotEqual(notThis, SpellingVariantFilter.ToAmerican(word));

    [Fact]
    public void Ask_OrganisationWhereTheDocumentsWriteOrganization_QuotesThatLine()
    {
        // Without one spelling the question shares only "runs" with either line, and the release line says it twice.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("governance.md", """
            # Governance

            ## Steering

            The steering committee runs the organization and sets its yearly priorities.

            ## Releases

            The release team runs the nightly build and runs the smoke tests before each release.
            """);
        using var knowledge = folder.LoadKnowledge(semantic: false);

        var answer = new RoleBot.Knowledge.Answers.AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("who runs the organisation?"));

        Assert.True(answer.Answered);
        Assert.Contains("steering committee", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }
}
