using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Passages;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>
/// The "not covered" gate on its three signals. A lexical knowledge base has an off-topic baseline of 0, so the
/// similarities below are offsets from the baseline.
/// </summary>
public sealed class CoverageGateTests : IDisposable
{
    private readonly KnowledgeBase _knowledge = KnowledgeBase.FromPassages(
        [new Passage("p1", "Incidents", "Roles", "incidents.md", null, "The incident commander is the decision maker during a major incident.", [], null)]);

    [Theory]
    [InlineData(0.05, 0.0, true)]                              // clearly closer than off-topic questions come
    [InlineData(0.02, CoverageGate.LexicalCoverage, true)]     // just above the baseline, most topic words in the passage
    [InlineData(0.02, 0.5, false)]                             // just above the baseline, half the words: not enough
    [InlineData(-0.01, 1.0, false)]                            // below the baseline: the passage's words alone do not answer
    public void Answers_SimilarityAndCoverage(float similarity, double coverage, bool answers)
    {
        var candidate = new Candidate(_knowledge.Passages[0], _knowledge.Analysis(0), 1f, coverage, 0, 1.0);
        var option = new ExcerptRanking.Option(candidate, 0, 0, 1.0, 0, similarity);

        Assert.Equal(answers, CoverageGate.Answers([option], _knowledge, topicTerms: 2));
    }

    [Theory]
    [InlineData(-0.04, 0.9, 2, true)]                          // one sentence holds the question's words: a paraphrase the model missed
    [InlineData(-0.04, 0.7, 2, false)]                         // most of them is not enough below the baseline
    [InlineData(-0.04, 1.0, 1, false)]                         // one word in one sentence is no evidence
    [InlineData(-0.10, 1.0, 3, false)]                         // far below the baseline: words alone never answer
    public void Answers_SentenceHoldingTheQuestionsWords(float similarity, double sentenceShare, int topicTerms, bool answers)
    {
        var candidate = new Candidate(_knowledge.Passages[0], _knowledge.Analysis(0), 1f, sentenceShare, 0, 1.0);
        var option = new ExcerptRanking.Option(candidate, 0, 0, 1.0, sentenceShare, similarity);

        Assert.Equal(answers, CoverageGate.Answers([option], _knowledge, topicTerms));
    }

    [Theory]
    [InlineData(true, true)]                                   // "which pays better?": one synonym group, held by the sentence
    [InlineData(false, false)]                                 // one plain word is still no evidence
    public void Answers_OneConceptHeldByASentence(bool oneConcept, bool answers)
    {
        var candidate = new Candidate(_knowledge.Passages[0], _knowledge.Analysis(0), 1f, 1.0, 0, 1.0);
        var option = new ExcerptRanking.Option(candidate, 0, 0, 1.0, 1.0, -0.04f);

        Assert.Equal(answers, CoverageGate.Answers([option], _knowledge, topicTerms: 1, oneConcept));
    }

    public void Dispose() => _knowledge.Dispose();
}
