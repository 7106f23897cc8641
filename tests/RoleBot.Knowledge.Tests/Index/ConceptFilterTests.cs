using RoleBot.Knowledge.Glossary;
using RoleBot.Knowledge.Index.Analysis;

namespace RoleBot.Knowledge.Tests.Index;

public sealed class ConceptFilterTests
{
    /// <summary>A role name longer than the filter's first phrase buffer (64 characters), so the buffer has to grow.</summary>
    private const string LongName = "Principal Distinguished Senior Staff Infrastructure Reliability Operations Platform Engineer";

    private static readonly RoleBotAnalyzer Analyzer = ConceptTokens.AnalyzerFor(Glossary.Glossary.Of(
        [new RoleDefinition("ml-engineer", "machine learning engineer", ["MLE"]), new RoleDefinition("platform", LongName, [])],
        [["k8s", "Kubernetes"]]));

    [Fact]
    public void Analyze_Phrase_AddsItsConceptAfterItsLastWordSpanningThePhrase()
    {
        const string Text = "Our machine learning engineers run Kubernetes.";
        var tokens = TermAnalysis.Analyze(Analyzer, Text);

        var role = Assert.Single(tokens, t => t.Term == "@ml-engineer");
        Assert.Equal("machine learning engineers", Text[role.Start..role.End]);
        Assert.Equal(tokens.Single(t => t.Term == "engin").Position, role.Position);
        var synonym = Assert.Single(tokens, t => t.Term.StartsWith(ConceptTokens.SynonymPrefix));
        Assert.Equal("Kubernetes", Text[synonym.Start..synonym.End]);
        Assert.Contains(tokens, t => t.Term == "machin");             // the words stay
    }

    [Theory]
    [InlineData("an MLE", true)]
    [InlineData("machine learning", false)]
    [InlineData("machine and learning engineer", false)]                // another word inside the phrase
    [InlineData("learning engineer", false)]                           // the phrase's first word missing
    [InlineData("a " + LongName + " on call", true)]
    [InlineData("Distinguished Senior Staff Infrastructure Reliability Operations Platform Engineer", false)]
    public void Analyze_WholePhrasesOnly_AddTheirConcept(string text, bool expected)
    {
        var concepts = TermAnalysis.Analyze(Analyzer, text).Where(t => ConceptTokens.IsRole(t.Term)).ToList();

        Assert.Equal(expected, concepts.Count > 0);
    }
}
