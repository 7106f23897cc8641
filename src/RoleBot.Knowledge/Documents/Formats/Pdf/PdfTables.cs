using UglyToad.PdfPig.DocumentLayoutAnalysis;
using LayoutBlock = UglyToad.PdfPig.DocumentLayoutAnalysis.TextBlock;

namespace RoleBot.Knowledge.Documents.Formats.Pdf;

/// <summary>
/// Finds tables among a page's layout blocks: two or more blocks side by side whose lines sit on the same baselines
/// and are short (cells, not the columns of a two-column article), and rebuilds their rows.
/// </summary>
internal static class PdfTables
{
    /// <summary>Longest average line, in words, of blocks read as table cells; article columns run longer.</summary>
    private const double MaxWordsPerCellLine = 8;

    internal sealed record Row(string Text, double FontSize, double Top, double Bottom);

    internal sealed record Table(IReadOnlyList<LayoutBlock> Blocks, IReadOnlyList<Row> Rows);

    public static Dictionary<LayoutBlock, Table> Find(IReadOnlyList<LayoutBlock> blocks)
    {
        // Union-find over blocks that share baselines side by side.
        var parent = Enumerable.Range(0, blocks.Count).ToArray();
        int Root(int i) => parent[i] == i ? i : parent[i] = Root(parent[i]);
        for (var i = 0; i < blocks.Count; i++)
        {
            for (var j = i + 1; j < blocks.Count; j++)
            {
                if (SideBySideRows(blocks[i], blocks[j]))
                {
                    parent[Root(j)] = Root(i);
                }
            }
        }

        var result = new Dictionary<LayoutBlock, Table>();
        foreach (var group in Enumerable.Range(0, blocks.Count).GroupBy(Root).Where(g => g.Count() >= 2))
        {
            var members = group.Select(i => blocks[i]).ToList();   // reading order
            var lines = members.SelectMany(b => b.TextLines).ToList();
            if (lines.Average(l => l.Words.Count) > MaxWordsPerCellLine)
            {
                continue;
            }

            var table = new Table(members, Rows(members));
            foreach (var member in members)
            {
                result[member] = table;
            }
        }

        return result;
    }

    private static bool SideBySideRows(LayoutBlock a, LayoutBlock b)
    {
        var (left, right) = a.BoundingBox.Left <= b.BoundingBox.Left ? (a, b) : (b, a);
        var apart = left.BoundingBox.Right <= right.BoundingBox.Left;
        var overlapVertically = a.BoundingBox.Bottom < b.BoundingBox.Top && b.BoundingBox.Bottom < a.BoundingBox.Top;
        if (!apart || !overlapVertically)
        {
            return false;
        }

        var (fewer, more) = a.TextLines.Count <= b.TextLines.Count ? (a, b) : (b, a);
        var aligned = fewer.TextLines.Count(l => more.TextLines.Any(m => SameBaseline(l, m)));
        return aligned >= 1 && aligned * 2 >= fewer.TextLines.Count;
    }

    private static bool SameBaseline(TextLine a, TextLine b) =>
        Math.Abs(a.BoundingBox.Bottom - b.BoundingBox.Bottom) <= Math.Max(1.5, 0.3 * Math.Min(a.BoundingBox.Height, b.BoundingBox.Height));

    /// <summary>
    /// Rows start at baselines shared by two or more cells; a line below a row's baseline that starts no row of its
    /// own is a wrapped cell and joins the row above it.
    /// </summary>
    private static List<Row> Rows(IReadOnlyList<LayoutBlock> members)
    {
        var columns = members.OrderBy(b => b.BoundingBox.Left).ToList();
        var all = columns.SelectMany((b, column) => b.TextLines.Select(l => (Column: column, Line: l))).ToList();
        var anchors = new List<TextLine>();
        foreach (var (column, line) in all.OrderByDescending(x => x.Line.BoundingBox.Bottom))
        {
            var shared = all.Any(o => o.Column != column && SameBaseline(o.Line, line));
            if ((shared || anchors.Count == 0) && !anchors.Any(a => SameBaseline(a, line)))
            {
                anchors.Add(line);
            }
        }

        var cells = new List<string>[anchors.Count, columns.Count];
        foreach (var (column, line) in all.OrderByDescending(x => x.Line.BoundingBox.Bottom))
        {
            var row = anchors.FindLastIndex(a => a.BoundingBox.Bottom >= line.BoundingBox.Bottom - 1.5 || SameBaseline(a, line));
            row = Math.Max(row, 0);
            (cells[row, column] ??= []).Add(TextCleanup.Normalize(line.Text));
        }

        var rows = new List<Row>();
        for (var r = 0; r < anchors.Count; r++)
        {
            var texts = Enumerable.Range(0, columns.Count)
                .Select(c => cells[r, c] is { } parts ? string.Join(' ', parts) : string.Empty)
                .Where(t => t.Length > 0)
                .ToList();
            if (texts.Count > 0)
            {
                rows.Add(new Row(string.Join(" | ", texts), PdfPageLayout.FontSize(anchors[r]), anchors[r].BoundingBox.Top, anchors[r].BoundingBox.Bottom));
            }
        }

        return rows;
    }
}
