using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace RoleBot.Knowledge.Documents.Formats;

/// <summary>HTML pages: the main content only (main/article/role=main when present), sections by h1–h6.</summary>
public sealed class HtmlFormat : IDocumentFormat
{
    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public SourceDocument Read(string sourcePath, string content)
    {
        var (frontMatter, body) = FrontMatter.Split(content);
        var document = new HtmlParser().ParseDocument(TextCleanup.StripTemplateTags(body));
        var pageTitle = document.Title;
        var root = document.QuerySelector("main, [role=main], article, #main-content, #content, .content") ?? document.Body;
        if (root is null)
        {
            throw new InvalidDocumentException("no <body> found");
        }

        foreach (var chrome in root.QuerySelectorAll(HtmlText.ChromeSelector).ToList())
        {
            chrome.Remove();
        }

        var builder = new SectionBuilder();
        foreach (var element in HtmlText.LeafBlocks(root))
        {
            if (HtmlText.IsHeading(element))
            {
                builder.Heading(element.TagName[1] - '0', element.TextContent);
            }
            else
            {
                builder.Block(element.TextContent);
            }
        }

        var sections = builder.Sections;
        if (sections.Count == 0)
        {
            throw new InvalidDocumentException("no text found in the page's main content");
        }

        var title = frontMatter.Title ?? builder.FirstTopHeading ?? NonEmpty(pageTitle) ?? MarkdownFormat.TitleFromPath(sourcePath);
        return new SourceDocument(sourcePath, TextCleanup.Normalize(title), frontMatter.Metadata, sections) { Warning = frontMatter.Warning };
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
