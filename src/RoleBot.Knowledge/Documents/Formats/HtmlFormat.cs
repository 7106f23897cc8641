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
        var root = MainContent(document);
        if (root is null)
        {
            throw new InvalidDocumentException("no <body> found");
        }

        foreach (var chrome in root.QuerySelectorAll(HtmlText.ChromeSelector).ToList())
        {
            chrome.Remove();
        }

        var blocks = HtmlText.LeafBlocks(root).Where(e => HtmlText.IsHeading(e) || !IsMostlyLinks(e)).ToList();
        var title = frontMatter.Title ?? PickTitle(blocks, pageTitle, sourcePath);
        var builder = new SectionBuilder { Title = title };
        foreach (var element in blocks)
        {
            if (HtmlText.IsHeading(element))
            {
                builder.Heading(element.TagName[1] - '0', element.TextContent);
            }
            else if (HtmlText.IsRowHeader(element))
            {
                builder.SubHeading(element.TextContent);
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

        return new SourceDocument(sourcePath, TextCleanup.Normalize(title), frontMatter.Metadata, sections) { Warning = frontMatter.Warning };
    }

    /// <summary>
    /// Share of the page's text the main-content element must hold to be taken as the page (default 0.4): a page's
    /// main element holds most of it, while a ".content" box inside a banner ("Work with us") holds a line.
    /// </summary>
    public const double MainContentShare = 0.4;

    /// <summary>The first main-content element (main, role=main, article, #main-content, #content, .content) that holds most of the page's text, else the body.</summary>
    private static IElement? MainContent(AngleSharp.Html.Dom.IHtmlDocument document)
    {
        var body = document.Body;
        var total = body?.TextContent.Length ?? 0;
        foreach (var selector in new[] { "main", "[role=main]", "article", "#main-content", "#content", ".content" })
        {
            var candidate = document.QuerySelectorAll(selector).MaxBy(e => e.TextContent.Length);
            if (candidate is not null && candidate.TextContent.Length >= MainContentShare * total)
            {
                return candidate;
            }
        }

        return body;
    }

    /// <summary>Navigation is text that is mostly links; article text is mostly not.</summary>
    private static bool IsMostlyLinks(AngleSharp.Dom.IElement element)
    {
        var total = element.TextContent.Trim().Length;
        if (total == 0)
        {
            return true;
        }

        var linked = element.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return linked > total * 0.6;
    }

    /// <summary>
    /// The page's title: among its h1 headings and the parts of its &lt;title&gt; ("Role | Site"), the one sharing most
    /// words with the file name, else the first h1, else the first part of &lt;title&gt;.
    /// </summary>
    private static string PickTitle(List<AngleSharp.Dom.IElement> blocks, string? pageTitle, string sourcePath)
    {
        var candidates = blocks.Where(e => e.TagName == "H1").Select(e => TextCleanup.Normalize(e.TextContent))
            .Concat((pageTitle ?? "").Split([" | ", " - ", " – "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(t => t.Length > 0)
            .ToList();
        if (candidates.Count == 0)
        {
            return MarkdownFormat.TitleFromPath(sourcePath);
        }

        var best = candidates.MaxBy(c => TextCleanup.SharedWithFileName(c, sourcePath))!;
        return TextCleanup.SharedWithFileName(best, sourcePath) > 0 ? best : candidates[0];
    }
}
