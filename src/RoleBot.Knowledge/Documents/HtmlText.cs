using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace RoleBot.Knowledge.Documents;

/// <summary>Extracts readable blocks from HTML with AngleSharp, skipping scripts, navigation and other page chrome.</summary>
internal static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Elements that never hold article text.</summary>
    internal const string ChromeSelector =
        "script, style, noscript, template, svg, nav, header, footer, aside, form, button, iframe, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden], [data-ignore=true]";

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "P", "LI", "DD", "DT", "TD", "TH", "BLOCKQUOTE", "PRE", "FIGCAPTION", "CAPTION", "SUMMARY",
    };

    /// <summary>
    /// Text of each block-level element of an HTML fragment, in document order, with its heading level: 1–6 for h1–h6,
    /// <see cref="RowHeader"/> for a table's row header, 0 for text.
    /// </summary>
    public static IEnumerable<(string Text, int Level)> Blocks(string html)
    {
        var document = Parser.ParseDocument($"<body>{html}</body>");
        foreach (var chrome in document.QuerySelectorAll(ChromeSelector).ToList())
        {
            chrome.Remove();
        }

        return LeafBlocks(document.Body!)
            .Select(e => (Text: TextCleanup.Normalize(e.TextContent), Level: IsHeading(e) ? e.TagName[1] - '0' : IsRowHeader(e) ? RowHeader : 0))
            .Where(b => b.Text.Length > 0);
    }

    /// <summary>The level <see cref="Blocks"/> gives a table's row header.</summary>
    public const int RowHeader = 7;

    /// <summary>
    /// A row header of a table (&lt;th scope="row"&gt;, or a row's only cell being a header): in a ladder's table the
    /// level ("M3") that heads the cells of its rows.
    /// </summary>
    internal static bool IsRowHeader(IElement element) =>
        element.TagName == "TH"
        && (string.Equals(element.GetAttribute("scope"), "row", StringComparison.OrdinalIgnoreCase)
            || (element.ParentElement is { TagName: "TR" } row && row.Children.Length == 1 && element.HasAttribute("rowspan")));

    /// <summary>Block elements that contain no other block element (so nested text is not read twice).</summary>
    internal static IEnumerable<IElement> LeafBlocks(IElement root)
    {
        foreach (var element in root.Children)
        {
            // An element HTML does not know is a component of the page's framework (MDX's <Alert>, <Callout>): its text is
            // a block of its own, or it would be lost with no block tag around it.
            var isBlock = BlockTags.Contains(element.TagName) || IsHeading(element) || element.TagName is "DIV" or "SECTION" or "ARTICLE" or "MAIN"
                || element is AngleSharp.Html.Dom.IHtmlUnknownElement;
            if (isBlock && element.QuerySelectorAll("p, li, dd, dt, td, th, div, section, article, h1, h2, h3, h4, h5, h6, blockquote, pre, table, ul, ol, dl").Length == 0)
            {
                yield return element;
            }
            else
            {
                foreach (var inner in LeafBlocks(element))
                {
                    yield return inner;
                }
            }
        }
    }

    internal static bool IsHeading(IElement element) =>
        element.TagName.Length == 2 && element.TagName[0] == 'H' && element.TagName[1] is >= '1' and <= '6';
}
