using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RoleBot.Knowledge.Documents.Formats;

/// <summary>
/// A Markdown page's own table of contents: entries that only link to headings of the same page ("- [Maintainer](#maintainer)",
/// "| 4 | Yes | [D4 - Developer 4](#d4---developer-4) |"). They name sections without saying anything, so as passages
/// they only repeat the names a question asks about ("D4 vs D3" was answered with the contents row of each level).
/// </summary>
internal static class Navigation
{
    /// <summary>Words a contents row's other cells may hold ("4", "Yes"): a number or a flag, not a sentence.</summary>
    private const int MaxOtherCellWords = 1;

    /// <summary>The inline text is one or more links within the page ("#…") and nothing else but punctuation.</summary>
    public static bool LinksOnly(ContainerInline? inline)
    {
        if (inline is null)
        {
            return false;
        }

        var links = 0;
        foreach (var node in inline.Descendants())
        {
            if (node is LinkInline { IsImage: false } link && link.Url is { } url && url.StartsWith('#'))
            {
                links++;
            }
            else if (node is LiteralInline literal && !InPageLink(literal) && literal.Content.ToString().Any(char.IsLetterOrDigit))
            {
                return false;
            }
            else if (node is CodeInline or AutolinkInline or LinkInline)
            {
                return false;                                    // code, a web address, an image or a link elsewhere
            }
        }

        return links > 0;
    }

    /// <summary>A row with a cell that only links within the page, whose other cells are a number or one word each.</summary>
    public static bool IsContentsRow(TableRow row)
    {
        var cells = row.OfType<TableCell>().Select(c => c.OfType<ParagraphBlock>().Select(p => p.Inline).ToList()).ToList();
        var linking = cells.FindIndex(c => c.Count > 0 && c.All(LinksOnly));
        return linking >= 0 && cells.Where((_, i) => i != linking).All(c => c.All(i => Words(i) <= MaxOtherCellWords));
    }

    private static bool InPageLink(Inline node)
    {
        for (var parent = node.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline { IsImage: false } link)
            {
                return link.Url?.StartsWith('#') == true;
            }
        }

        return false;
    }

    private static int Words(ContainerInline? inline) =>
        inline is null ? 0 : inline.Descendants().OfType<LiteralInline>().Sum(l => l.Content.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit)));
}
