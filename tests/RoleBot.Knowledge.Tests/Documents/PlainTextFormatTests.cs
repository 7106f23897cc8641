using RoleBot.Knowledge.Documents.Formats;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Documents;

public sealed class PlainTextFormatTests
{
    private static readonly string RawArticle = Path.Combine(TestPaths.Samples, "raw", "data-engineer-vs-analytics-engineer.txt");

    [Fact]
    public void Read_SavedWebArticle_FindsTitleHeadingsAndBullets()
    {
        var document = new PlainTextFormat().Read("article.txt", File.ReadAllText(RawArticle));

        Assert.Equal("Data Engineer vs Analytics Engineer: Roles, Tools & Career Paths", document.Title);
        Assert.Contains(document.Sections, s => s.Path == "What does a data engineer do?");
        Assert.Contains(document.Sections, s => s.Blocks.Count >= 4 && s.Path.StartsWith("Typical responsibilities", StringComparison.Ordinal));
        Assert.All(document.Sections.SelectMany(s => s.Blocks), b => Assert.DoesNotContain("  \u2022", b, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SavedWebArticle_DropsPageFurniture()
    {
        var text = File.ReadAllText(RawArticle);
        var document = new PlainTextFormat().Read("article.txt", text);
        var kept = string.Join("\n", document.Sections.SelectMany(s => s.Blocks.Prepend(s.Path)));

        Assert.DoesNotContain("Recent Posts", kept, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("days ago", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2026", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("LinkedIn", kept, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ArticleWithMenuAndToggle_KeepsOnlyArticleText()
    {
        const string page = """
            Blog
            Careers
            About us

            Why Testers Matter: A Field Guide

            Article Highlights
            Off On

            Testers find the bugs that developers miss, and they explain them so that the fix is obvious.

            What does a tester do?

              • A tester writes test plans for each release.
              • A tester reports defects with clear steps to reproduce them.
            """;

        var document = new PlainTextFormat().Read("why-testers-matter.txt", page);

        Assert.Equal("Why Testers Matter: A Field Guide", document.Title);
        var blocks = document.Sections.SelectMany(s => s.Blocks).ToList();
        Assert.Equal(3, blocks.Count);
        Assert.DoesNotContain(blocks, b => b.Contains("Off On", StringComparison.Ordinal) || b.Contains("Careers", StringComparison.Ordinal));
        Assert.Equal("A tester writes test plans for each release.", blocks[1]);
    }
}
