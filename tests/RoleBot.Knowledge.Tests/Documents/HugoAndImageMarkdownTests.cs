using RoleBot.Knowledge.Documents.Formats;

namespace RoleBot.Knowledge.Tests.Documents;

/// <summary>
/// Markdown as static-site generators and handbooks write it: Hugo's TOML front matter, images named by their file, MDX's
/// module lines and components.
/// </summary>
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

    [Fact]
    public void Read_Mdx_DropsModuleLinesAndKeepsTheTextOfComponents()
    {
        const string mdx = """
            import { Alert } from '@site/components/Alert';
            export const meta = {
              sidebar: true,
            };

            # Code review

            <Alert level="info">
            Every change needs one approval from an owner before it is merged.
            </Alert>

            ## Who reviews

            Reviewers are picked from the CODEOWNERS file.

            <GuideGrid platforms={["python"]} />
            """;

        var document = new MarkdownFormat().Read("code-review.mdx", mdx);

        var blocks = document.Sections.SelectMany(s => s.Blocks).ToList();
        Assert.Equal("Code review", document.Title);
        Assert.Contains("Every change needs one approval from an owner before it is merged.", blocks);
        Assert.Contains("Reviewers are picked from the CODEOWNERS file.", blocks);
        Assert.DoesNotContain(blocks, b => b.Contains("import", StringComparison.Ordinal) || b.Contains("sidebar", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MarkdownThatSaysImport_KeepsIt()
    {
        // Only MDX files hold module lines; a Markdown sentence may start with the word.
        var document = new MarkdownFormat().Read("notes.md", "# Notes\n\nimport data from the warehouse before the weekly report.\n");

        Assert.Contains("import data from the warehouse before the weekly report.", document.Sections.SelectMany(s => s.Blocks));
    }
}
