using RoleBot.Knowledge.Documents.Formats;

namespace RoleBot.Knowledge.Tests.Documents;

/// <summary>Markdown as static-site generators and handbooks write it: Hugo's TOML front matter, images named by their file.</summary>
public sealed class HugoAndImageMarkdownTests
{
    [Fact]
    public void Read_TomlFrontMatter_IsMetadataNotText()
    {
        // A Hugo job board's post: the "+++" block is the page's metadata, not its first paragraph.
        const string markdown = """
            +++
            author = "None"
            title = "Data Engineer"
            salary = "$80,000-$97,000"
            b_benefits = ["Paid Leave","Dental"]
            date = 2021-09-29
            +++
            Acme is hiring a Data Engineer who will look after the data warehouse.
            """;

        var document = new MarkdownFormat().Read("acme-data-engineer.md", markdown);

        Assert.Equal("Data Engineer", document.Title);
        Assert.Equal("None", document.Metadata.Author);
        Assert.Equal(new DateTimeOffset(2021, 9, 29, 0, 0, 0, TimeSpan.Zero), document.Metadata.Updated);
        Assert.Null(document.Warning);
        var blocks = document.Sections.SelectMany(s => s.Blocks).ToList();
        Assert.Contains("Acme is hiring a Data Engineer who will look after the data warehouse.", blocks);
        Assert.DoesNotContain(blocks, b => b.Contains("+++", StringComparison.Ordinal) || b.Contains("salary", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BrokenTomlFrontMatter_KeepsItsProseWithAWarning()
    {
        const string markdown = """
            +++
            title = "Analyst"
            summary = "This role turns program data into clear findings for the team."
            broken = [unclosed
            +++
            Body text of the analyst page that is long enough.
            """;

        var document = new MarkdownFormat().Read("analyst.md", markdown);

        Assert.Contains("TOML", document.Warning);
        Assert.Equal("Analyst", document.Title);
        Assert.Contains(document.Sections.SelectMany(s => s.Blocks), b => b.Contains("program data into clear findings", StringComparison.Ordinal));
        Assert.Contains(document.Sections.SelectMany(s => s.Blocks), b => b.StartsWith("Body text", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ImageNamedByItsFile_LeavesNoText()
    {
        // A ladder page shows each level's card as a picture whose alt text is its file name; a described image keeps its words.
        const string markdown = """
            # Principal Engineer

            ![assets/04.principal-se.jpg](assets/04.principal-se.jpg)

            ![Diagram of the streams a principal engineer spans](streams.png)

            A principal engineer makes an impact beyond their own stream.
            """;

        var document = new MarkdownFormat().Read("ladder.md", markdown);

        var blocks = document.Sections.SelectMany(s => s.Blocks).ToList();
        Assert.DoesNotContain(blocks, b => b.Contains(".jpg", StringComparison.Ordinal));
        Assert.Contains("Diagram of the streams a principal engineer spans", blocks);
        Assert.Contains("A principal engineer makes an impact beyond their own stream.", blocks);
    }
}
