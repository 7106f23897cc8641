using UglyToad.PdfPig.Outline;

namespace RoleBot.Knowledge.Documents.Formats.Pdf;

/// <summary>A line that opens a section, at a level (1 = top).</summary>
internal readonly record struct PdfHeading(int Level, string Text);

/// <summary>
/// Which lines are headings. The PDF outline (bookmarks) is what the author declared, so it wins: a bookmark's title
/// found on its page marks that line; a bookmark whose title is not printed opens its section at the top of its page.
/// Without an outline, lines noticeably larger than the body text are headings, larger sizes ranking higher.
/// </summary>
internal static class PdfHeadings
{
    /// <summary>How much larger than the body text a line must be to count as a heading (15%).</summary>
    public const double HeadingSizeRatio = 1.15;

    private const int MaxHeadingWords = 14;

    /// <param name="AtLine">Lines that are headings.</param>
    /// <param name="AtPageStart">Headings whose title is not printed: they open their section at the top of the page.</param>
    /// <param name="Continuations">Second lines of titles printed over two lines: part of the heading, not text.</param>
    internal sealed record Outline(
        IReadOnlyDictionary<PdfLine, PdfHeading> AtLine,
        IReadOnlyDictionary<int, List<PdfHeading>> AtPageStart,
        IReadOnlySet<PdfLine> Continuations);

    /// <summary>The size most of the document's text is set in (weighted by characters).</summary>
    public static double BodySize(IEnumerable<PdfLine> lines) =>
        lines.GroupBy(l => l.FontSize).OrderByDescending(g => g.Sum(l => l.Text.Length)).Select(g => g.Key).FirstOrDefault();

    /// <summary>Headings from the outline; null when the document has none or none of it can be placed.</summary>
    public static Outline? FromBookmarks(Bookmarks? bookmarks, IReadOnlyList<PdfLine> lines)
    {
        if (bookmarks is null || bookmarks.Roots.Count == 0)
        {
            return null;
        }

        var nodes = new List<(string Title, int Level, int? Page)>();
        void Walk(BookmarkNode node)
        {
            var title = TextCleanup.Normalize(node.Title ?? string.Empty);
            if (title.Length > 0)
            {
                nodes.Add((title, node.Level + 1, (node as DocumentBookmarkNode)?.PageNumber is > 0 and var p ? p : null));
            }

            foreach (var child in node.Children)
            {
                Walk(child);
            }
        }

        foreach (var root in bookmarks.Roots)
        {
            Walk(root);
        }

        var atLine = new Dictionary<PdfLine, PdfHeading>();
        var atPageStart = new Dictionary<int, List<PdfHeading>>();
        var continuations = new HashSet<PdfLine>();
        var searchFrom = 0;
        foreach (var (title, level, page) in nodes)
        {
            // Bookmarks come in document order, so each is looked for after the previous one was found.
            var found = -1;
            for (var i = searchFrom; i < lines.Count && found < 0; i++)
            {
                if ((page is null || lines[i].Page == page) && !lines[i].IsTableRow && (SameText(lines[i].Text, title) || WrappedTitle(lines, i, title, continuations)))
                {
                    found = i;
                }
            }

            if (found >= 0)
            {
                atLine[lines[found]] = new PdfHeading(level, title);
                searchFrom = found + 1;
            }
            else if (page is { } start)
            {
                (atPageStart.TryGetValue(start, out var list) ? list : atPageStart[start] = []).Add(new PdfHeading(level, title));
            }
        }

        return atLine.Count + atPageStart.Count == 0 ? null : new Outline(atLine, atPageStart, continuations);
    }

    /// <summary>Headings by font size: each size noticeably above the body is a level, the largest being 1.</summary>
    public static Dictionary<PdfLine, PdfHeading> FromFontSizes(IReadOnlyList<PdfLine> lines, double bodySize)
    {
        var candidates = lines.Where(l => IsHeadingLike(l, bodySize)).ToList();
        var levels = candidates.Select(l => l.FontSize).Distinct().OrderDescending().Select((size, i) => (size, i)).ToDictionary(p => p.size, p => p.i + 1);
        return candidates.ToDictionary(l => l, l => new PdfHeading(levels[l.FontSize], l.Text));
    }

    private static bool IsHeadingLike(PdfLine line, double bodySize) =>
        !line.IsTableRow && bodySize > 0 && line.FontSize >= bodySize * HeadingSizeRatio
        && TextCleanup.WordCount(line.Text) is > 0 and <= MaxHeadingWords && line.Text.Any(char.IsLetter);

    /// <summary>A long title printed over two lines of one block: the heading goes on the first, the second is dropped.</summary>
    private static bool WrappedTitle(IReadOnlyList<PdfLine> lines, int i, string title, HashSet<PdfLine> continuations)
    {
        if (i + 1 >= lines.Count || lines[i + 1].Block != lines[i].Block || !SameText(lines[i].Text + " " + lines[i + 1].Text, title))
        {
            return false;
        }

        continuations.Add(lines[i + 1]);
        return true;
    }

    private static bool SameText(string line, string title) =>
        string.Equals(Simplify(line), Simplify(title), StringComparison.OrdinalIgnoreCase);

    private static string Simplify(string text) => TextCleanup.Normalize(text).TrimEnd('.', ':', ' ');
}
