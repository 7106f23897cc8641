using RoleBot.Knowledge.Retrieval;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Retrieval;

/// <summary>"X vs Y" between any two things — levels, roles the glossary does not know — quotes each side.</summary>
public sealed class ComparisonSidesTests
{
    [Fact]
    public void Find_LevelsWrittenOnEitherSideOfTheSameWords_AreNamedAsAsked()
    {
        var sides = ComparisonSides.Find("OSPO engineer II vs principal OSPO engineer");

        Assert.NotNull(sides);
        Assert.True(sides.AreLevels);
        Assert.Equal(("OSPO engineer II", "principal OSPO engineer"), (sides.FirstName, sides.SecondName));
    }

    [Theory]
    [InlineData("SRE vs senior SRE at gitlab", 1, "SRE at gitlab", "", "senior SRE at gitlab", "senior")]
    [InlineData("senior engineering manager vs engineering manager", 2, "senior engineering manager", "senior", "engineering manager", "")]
    public void Find_ARoleAndALevelOfIt_TheBareSideIsTheBaseLevel(string question, int baseSide, string first, string firstOwn, string second, string secondOwn)
    {
        // No document writes "SRE SRE": the second side's words are not shared by the first.
        var sides = ComparisonSides.Find(question, phraseKnown: _ => false);

        Assert.NotNull(sides);
        Assert.Equal(baseSide, sides.BaseSide);
        Assert.True(sides.AreLevels);
        Assert.Equal((first, firstOwn, second, secondOwn), (sides.First, sides.FirstWords, sides.Second, sides.SecondWords));
    }

    [Theory]
    [InlineData("senior SRE vs staff SRE")]                                     // two levels, neither bare
    [InlineData("engineer vs data engineer")]                                   // "data" is no level
    public void Find_NoSideIsTheOtherWithoutItsLevel_HasNoBaseSide(string question) =>
        Assert.Equal(0, ComparisonSides.Find(question)!.BaseSide);

    [Theory]
    [InlineData("seasoned vs senior software engineer at abtion", true)]      // "Seasoned Software Engineer": one name qualified
    [InlineData("triage team vs core library team in pandas", true)]
    [InlineData("merger vs releaser", false)]
    [InlineData("team member vs maintainer", false)]
    public void ShareAName_SidesQualifyingOneNameTheyShare(string question, bool shared) =>
        Assert.Equal(shared, ComparisonSides.Find(question)!.ShareAName);

    [Theory]
    [InlineData("D6 vs D7 on the developer ladder", true)]
    [InlineData("P2 vs P3?", true)]
    [InlineData("D6 vs P7", false)]                                             // other letters: another ladder
    [InlineData("senior vs staff", false)]
    public void SameCode_SidesThatAreOneLaddersCodes(string question, bool code) =>
        Assert.Equal(code, ComparisonSides.Find(question)!.SameCode);

    [Theory]
    [InlineData("senior vs staff backend eng at gitlab?", "senior backend eng at gitlab", "senior", "staff backend eng at gitlab", "staff")]
    [InlineData("IC3 vs IC4 MLE at dropbox", "IC3 MLE at dropbox", "IC3", "IC4 MLE at dropbox", "IC4")]
    [InlineData("data scientist vs data engineer at skylight?", "data scientist at skylight", "data scientist", "data engineer at skylight", "data engineer")]
    [InlineData("diff between a BI analyst and a data scientist", "BI analyst", "BI analyst", "data scientist", "data scientist")]
    [InlineData("PM I vs PM II at skylight", "PM I at skylight", "I", "PM II at skylight", "II")]
    [InlineData("engineer 1 vs engineer 2 at artsy", "engineer 1 at artsy", "1", "engineer 2 at artsy", "2")]
    [InlineData("what changes going from IC2 to IC3 at sourcegraph", "IC2 at sourcegraph", "IC2", "IC3 at sourcegraph", "IC3")]
    [InlineData("what changes from IC3 to IC4 at zenith?", "IC3 at zenith", "IC3", "IC4 at zenith", "IC4")]
    [InlineData("what more do u need to go from reviewer to approver in k8s", "reviewer in k8s", "reviewer", "approver in k8s", "approver")]
    [InlineData("how do i get from junior to senior eng", "junior eng", "junior", "senior eng", "senior")]
    [InlineData("level 2 vs level 3 people manager at skylight?", "level 2 people manager at skylight", "level 2", "level 3 people manager at skylight", "level 3")]
    [InlineData("senior SRE vs staff SRE at gitlab", "senior SRE at gitlab", "senior", "staff SRE at gitlab", "staff")]
    [InlineData("sourcegraph M3 vs M4 eng mgr", "M3 eng mgr sourcegraph", "M3", "M4 eng mgr sourcegraph", "M4")]
    [InlineData("principal vs senior staff eng at etsy", "principal eng at etsy", "principal", "senior staff eng at etsy", "senior staff")]
    [InlineData("analytics engineer vs data engineer", "analytics engineer", "analytics engineer", "data engineer", "data engineer")]
    [InlineData("how is a principal engineer different from a staff one", "principal engineer", "principal", "staff engineer", "staff")]
    [InlineData("how does a data analyst differ from a data scientist at gitlab", "data analyst at gitlab", "data analyst", "data scientist at gitlab", "data scientist")]
    [InlineData("senior eng (IC5) vs staff (IC6), how does the scope change?", "senior IC5 eng scope", "senior IC5", "staff IC6 eng scope", "staff IC6")]
    [InlineData("how is a senior engineer different from staff", "senior engineer", "senior", "staff engineer", "staff")]
    [InlineData("OSPO engineer II vs principal OSPO engineer", "II OSPO engineer", "II", "principal OSPO engineer", "principal")]
    public void Find_XvsY_EachSideWithTheSharedWordsAndTheRest(string question, string first, string firstOwn, string second, string secondOwn)
    {
        var sides = ComparisonSides.Find(question);

        Assert.NotNull(sides);
        Assert.Equal((first, firstOwn, second, secondOwn), (sides.First, sides.FirstWords, sides.Second, sides.SecondWords));
    }

    [Theory]
    [InlineData("committer vs PMC member at apache", "committer at apache", "PMC member at apache")]
    [InlineData("rust compiler team member vs maintainer", "rust compiler team member", "maintainer")]
    public void Find_SidesThatDoNotShareWords_StandAlone(string question, string first, string second)
    {
        var sides = ComparisonSides.Find(question, phrase => phrase == "senior backend");

        Assert.NotNull(sides);
        Assert.Equal((first, second), (sides.First, sides.Second));
    }

    [Theory]
    [InlineData("k8s SIG chair vs tech lead - who does what", "chair k8s SIG", "chair", "tech lead k8s SIG")]
    [InlineData("rust compiler team member vs maintainer", "compiler team member rust", "compiler team member", "maintainer rust")]
    [InlineData("committer vs PMC member at apache", "committer at apache", "committer", "PMC member at apache")]
    public void Find_ProjectTheQuestionOpensWith_IsInBothSidesQuestions(string question, string first, string firstOwn, string second)
    {
        // "k8s" and "rust" name the documents: whose roles both sides are, not part of the first side's name.
        string[] projects = ["k8s", "sig", "rust", "apache"];
        var sides = ComparisonSides.Find(question, _ => false, w => projects.Contains(w, StringComparer.OrdinalIgnoreCase));

        Assert.NotNull(sides);
        Assert.Equal((first, firstOwn, second), (sides.First, sides.FirstWords, sides.Second));
    }

    [Fact]
    public void Find_LevelWordThatAlsoNamesAFile_StaysInTheSide()
    {
        // infracloud-senior-engineer.md names a file with "senior", yet "senior" is the level compared, not an organisation.
        string[] named = ["basecamp", "senior"];
        var sides = ComparisonSides.Find("basecamp senior programmer vs principal programmer", _ => false, w => named.Contains(w, StringComparer.OrdinalIgnoreCase));

        Assert.NotNull(sides);
        Assert.True(sides.AreLevels);
        Assert.Equal(("senior", "principal"), (sides.FirstWords, sides.SecondWords));
    }

    [Theory]
    [InlineData("IC3 vs IC4 MLE at dropbox", "IC3 MLE at dropbox", "IC4 MLE at dropbox")]
    [InlineData("lvl 2 vs lvl 3 people mgr", "lvl 2 people mgr", "lvl 3 people mgr")]
    public void Find_FirstSideIsALevel_SharesTheRoleThoughNoDocumentWritesThePhrase(string question, string first, string second)
    {
        var sides = ComparisonSides.Find(question, _ => false);

        Assert.NotNull(sides);
        Assert.Equal((first, second), (sides.First, sides.Second));
    }

    [Theory]
    [InlineData("how do DS and MLE get a model from idea to prod?")]
    [InlineData("what does a data scientist do?")]
    [InlineData("vs")]
    public void Find_NoTwoSides_Null(string question) => Assert.Null(ComparisonSides.Find(question));

    [Theory]
    [InlineData("Mergers merge pull requests to the main branch once the change has been reviewed.", true)]
    [InlineData("Anyone in the community may nominate a merger, and the board confirms each merger by a vote.", false)]
    [InlineData("Defined by: merger entry in the OWNERS file of the main repository.", false)]
    [InlineData("Once a merger has approved, the bot applies a label to the pull request.", false)]
    public void Opens_SentenceThatStartsWithTheSidesName_DefinesIt(string sentence, bool defines)
    {
        Assert.Equal(defines, OpensForMerger($"# Governance\n\n## Roles\n\n{sentence}\n"));
    }

    [Theory]
    [InlineData("What is it?", true)]
    [InlineData("Who are they?", false)]
    [InlineData("How can I become one?", false)]
    [InlineData("The Merger Election Process", false)]
    public void Opens_FirstSentenceUnderAHeadingThatAsksWhatTheSideIs_DefinesIt(string subheading, bool defines)
    {
        Assert.Equal(defines, OpensForMerger($"# Incident roles\n\n## Merger\n\n### {subheading}\n\nA person who lands reviewed changes on the main branch.\n"));
    }

    /// <summary>Whether the first sentence of the one passage of <paramref name="markdown"/> defines the side "merger".</summary>
    private static bool OpensForMerger(string markdown)
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("roles.md", markdown);
        using var knowledge = KnowledgeBase.Load(folder.Path, semantic: RoleBot.Knowledge.Semantic.SemanticSettings.Lexical);
        var candidate = new Retriever(knowledge).Retrieve(knowledge.Parser.Parse("merger").Topic, []).Single();
        return RoleBot.Knowledge.Answers.AnswerComposer.Opens(new RoleBot.Knowledge.Answers.ExcerptRanking.Option(candidate, 0, 0, 0, 0, 0), ["merger"]);
    }
}
