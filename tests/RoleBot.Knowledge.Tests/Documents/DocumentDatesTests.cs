using RoleBot.Knowledge.Documents;
using RoleBot.Knowledge.Documents.Formats;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Documents;

/// <summary>When each document was last updated: front matter first, then the file's own time.</summary>
public sealed class DocumentDatesTests
{
    [Theory]
    [InlineData("updated: 2021-02-03", "2021-02-03")]
    [InlineData("last_updated: 2021-02-03", "2021-02-03")]
    [InlineData("updated_date: 2021-02-03", "2021-02-03")]
    [InlineData("date: 2021-02-03", "2021-02-03")]
    [InlineData("date: 2019-01-01\nupdated: 2021-02-03", "2021-02-03")]
    [InlineData("updated: 2021-02-03T10:15:00+02:00", "2021-02-03")]
    public void Read_FrontMatterDate_IsTheUpdatedDate(string frontMatter, string expected)
    {
        var document = new MarkdownFormat().Read("tester.md", $"---\ntitle: Tester\n{frontMatter}\n---\n## Duties\n\nA tester checks every release before it ships.\n");

        Assert.Equal(expected, document.Metadata.Updated?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(document.Warning);
    }

    [Fact]
    public void Load_NoDateInTheDocument_UsesTheFileTime()
    {
        using var folder = TestPaths.NewTempFolder();
        var path = folder.Write("tester.md", "## Duties\n\nA tester checks every release before it ships.\n");
        File.SetLastWriteTimeUtc(path, new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc));

        var (document, warning) = DocumentLoader.CreateDefault().LoadFile(path, "tester.md");

        Assert.Null(warning);
        Assert.Equal(new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero), document!.Metadata.Updated);
    }

    [Fact]
    public void Load_DateThatIsNotADate_WarnsAndUsesTheFileTime()
    {
        using var folder = TestPaths.NewTempFolder();
        var path = folder.Write("tester.md", "---\nupdated: sometime soon\n---\n## Duties\n\nA tester checks every release before it ships.\n");
        File.SetLastWriteTimeUtc(path, new DateTime(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc));

        var (document, warning) = DocumentLoader.CreateDefault().LoadFile(path, "tester.md");

        Assert.Contains("not a date", warning!.Message, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2020, 1, 2, 0, 0, 0, TimeSpan.Zero), document!.Metadata.Updated);
    }

    [Fact]
    public void Split_DocumentDate_EveryPassageCarriesIt()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("tester.md", "---\nupdated: 2021-02-03\n---\n## Duties\n\nA tester checks every release before it ships.\n\n## Tools\n\nTesters use the device lab for mobile checks.\n");

        using var knowledge = KnowledgeBase.Load(folder.Path);

        Assert.Equal(2, knowledge.Passages.Count);
        Assert.All(knowledge.Passages, p => Assert.Equal(new DateTimeOffset(2021, 2, 3, 0, 0, 0, TimeSpan.Zero), p.Updated));
    }
}
