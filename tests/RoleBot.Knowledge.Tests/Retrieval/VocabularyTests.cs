using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Tests.Retrieval;

public sealed class VocabularyTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    /// <summary>Texts counted: four threads' worth of shares.</summary>
    private const int Texts = 4 * Vocabulary.MinTextsPerShare;

    [Theory]
    [InlineData("who is in charge during a sev1", "who is in charge during a sev-1")]
    [InlineData("who is in charge during a SEV2", "who is in charge during a SEV-2")]
    [InlineData("is IC3 the same as P1", "is IC3 the same as P1")]        // written so in the documents
    [InlineData("what is x2 about", "what is x2 about")]                // one letter: no word of its own
    public void Correct_WordAndNumberTheDocumentsWriteApart_SplitsThem(string question, string expected)
    {
        var vocabulary = new Vocabulary();
        vocabulary.AddText("We're treating this as a SEV-1. The IC3 engineer pages the on-call for every P1.");
        vocabulary.Seal();

        Assert.Equal(expected, vocabulary.Correct(question).Text);
    }

    [Theory]
    [InlineData("how does stock option vesting work", "how does stock option vesting work")]   // "vest" + "ing": no typo of "testing"
    [InlineData("who owns the tesing", "who owns the testing")]                                // a typo still is one
    [InlineData("what does an enginer test", "what does an engineer test")]                    // no "engine" + "r"
    public void Correct_EnglishWordWithAnEnding_IsNotATypo(string question, string expected)
    {
        var vocabulary = new Vocabulary();
        vocabulary.AddText("The engineer owns testing and writes the test plan for every release.");
        vocabulary.Seal();

        Assert.Equal(expected, vocabulary.Correct(question).Text);
    }

    [Theory]
    [InlineData("do i announce on slak", "do i announce on slack")]      // a dropped letter
    [InlineData("a noisy alrt", "a noisy alert")]
    [InlineData("is it slac", "is it slack")]
    [InlineData("who runs the slck", "who runs the slack")]
    public void Correct_FourLetterWordMissingALetter_IsCorrected(string question, string expected)
    {
        var vocabulary = new Vocabulary();
        vocabulary.AddText("Post on Slack when an alert fires; every alert has an owner.");
        vocabulary.Seal();

        Assert.Equal(expected, vocabulary.Correct(question).Text);
    }

    [Theory]
    [InlineData("who owns the slak", "who owns the slack")]
    [InlineData("who owns the sla", "who owns the sla")]                  // below four letters, never corrected
    [InlineData("who owns the slacks", "who owns the slacks")]            // an inflection of a known word
    [InlineData("who owns the lack", "who owns the lack")]               // an English word, though "slack" is one letter away
    [InlineData("oops who owns it", "oops who owns it")]                // not "loops": typos keep the first letter
    public void Correct_FourLetterWord_OnlyGainsALetterOrSwapsTwo(string question, string expected)
    {
        var vocabulary = new Vocabulary();
        vocabulary.AddText("Post on Slack when an alert fires, and close loops.");
        vocabulary.Seal();

        Assert.Equal(expected, vocabulary.Correct(question).Text);
    }

    [Fact]
    public void AddTexts_OnSeveralThreads_CountsTheSameWordsInTheSameOrderAsOneThread()
    {
        // The knowledge's texts over and over, each with a word of its own, so later shares bring new words too.
        var passages = fixture.Knowledge.Passages;
        var texts = Enumerable.Range(0, Texts).Select(i => $"{passages[i % passages.Count].Text} word{i}").ToList();
        var one = new Vocabulary();
        foreach (var text in texts)
        {
            one.AddText(text);
        }

        var several = new Vocabulary();
        several.AddTexts(texts, threads: 4);

        Assert.Equal(one.Counts, several.Counts);
        Assert.Equal(one.Seal().Correct("dose a machine lerning enginer need spark"), several.Seal().Correct("dose a machine lerning enginer need spark"));
    }

    [Theory]
    [InlineData("Don't use tool123 or x2y; 3d models - a-b 'quoted' words.")]
    [InlineData("Ünïcödé wörds, 日本語のテキスト, ℕumbers Ⅻ and ½ fractions")]
    [InlineData("\U0001D4B3abc surrogate letters and trailing apostrophe'")]
    [InlineData("")]
    public void WordEnd_FindsTheWordsTheWordPatternMatches(string text)
    {
        var expected = Vocabulary.Word().Matches(text).Select(m => (m.Index, m.Length)).ToList();
        var found = new List<(int, int)>();
        for (var start = 0; start < text.Length;)
        {
            var end = Vocabulary.WordEnd(text, start);
            if (end > start)
            {
                found.Add((start, end - start));
                start = end;
            }
            else
            {
                start++;
            }
        }

        Assert.Equal(expected, found);
    }
}
