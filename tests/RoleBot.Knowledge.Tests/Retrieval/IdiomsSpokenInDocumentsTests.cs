namespace RoleBot.Knowledge.Tests.Retrieval;

/// <summary>An idiom the documents use themselves is kept as asked, so its own words find the line that answers.</summary>
public sealed class IdiomsSpokenInDocumentsTests
{
    [Theory]
    [InlineData("does a PM have to wear a lot of hats?", "does a PM have to wear a lot of hats?")]           // the page says "wear multiple hats"
    [InlineData("is committing a gold star for PRs?", "is committing a reward for PRs?")]                      // the page's figure is "a pat on the back"
    [InlineData("what does a PM do day to day?", "what does a PM do daily?")]                                  // a normalisation: always
    public void Parse_IdiomTheDocumentsSpeakThemselves_IsKeptAsAsked(string question, string read)
    {
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("zenith-product-manager.md", """
            # Zenith: Product Manager

            Product managers at Zenith wear multiple hats, from research to release planning, day to day.

            Becoming a committer is not a pat on the back for past work.
            """);
        using var knowledge = RoleBot.TestKit.TempFolderKnowledge.LoadKnowledge(folder, semantic: false);

        Assert.Equal(read, knowledge.Parser.Parse(question).Corrected);
    }
}
