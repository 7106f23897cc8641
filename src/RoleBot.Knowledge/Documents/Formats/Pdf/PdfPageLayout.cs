using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using LayoutBlock = UglyToad.PdfPig.DocumentLayoutAnalysis.TextBlock;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace RoleBot.Knowledge.Documents.Formats.Pdf;

/// <summary>
/// Lines of one page in reading order. PdfPig finds words from letter positions (so words are never glued together
/// even when the PDF has no space characters), Docstrum groups them into lines and blocks, and the reading-order
/// detector orders the blocks (columns read top to bottom, left to right). Table cells come out of Docstrum as
/// separate narrow blocks whose lines share baselines; they are put back together as one "cell | cell" line per row.
/// </summary>
internal static class PdfPageLayout
{
    public static List<PdfLine> Lines(Page page, ref int blockCounter)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var blocks = UnsupervisedReadingOrderDetector.Instance.Get(DocstrumBoundingBoxes.Instance.GetBlocks(words))
            .OrderBy(b => b.ReadingOrder)
            .ToList();
        var tables = PdfTables.Find(blocks);
        var lines = new List<PdfLine>();
        var height = page.Height;
        foreach (var block in blocks)
        {
            var blockId = blockCounter++;
            if (tables.TryGetValue(block, out var table))
            {
                // The table is written once, where its first cell block comes in reading order.
                if (ReferenceEquals(table.Blocks[0], block))
                {
                    lines.AddRange(table.Rows.Select(row => new PdfLine(page.Number, row.Text, row.FontSize, row.Top, row.Bottom, height, blockId) { IsTableRow = true }));
                }

                continue;
            }

            foreach (var line in block.TextLines)
            {
                var text = TextCleanup.Normalize(line.Text);
                if (text.Length > 0)
                {
                    lines.Add(new PdfLine(page.Number, text, FontSize(line), line.BoundingBox.Top, line.BoundingBox.Bottom, height, blockId));
                }
            }
        }

        return lines;
    }

    /// <summary>The point size most of the line's letters use (a bold word or a footnote mark does not change it).</summary>
    internal static double FontSize(TextLine line) =>
        line.Words.SelectMany(w => w.Letters)
            .GroupBy(l => Math.Round(l.PointSize * 2) / 2)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .Select(g => g.Key)
            .FirstOrDefault();
}
