using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace RoleBot.Knowledge.Documents.Formats.Pdf;

/// <summary>
/// Lines of one page in reading order. PdfPig finds words from letter positions (so words are never glued together
/// even when the PDF has no space characters), Docstrum groups them into lines and blocks, and the reading-order
/// detector orders the blocks (columns read top to bottom, left to right). Table rows, whose cells Docstrum scatters
/// over several blocks, are found by their shared baselines and written once as "cell | cell" lines.
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
        var segments = blocks.Select(b => b.TextLines.Select(l => PdfSegment.Split(l).ToList()).Where(s => s.Count > 0).ToList()).ToList();
        var tables = PdfTables.Find(segments.SelectMany(b => b.SelectMany(l => l)).ToList());
        var written = new HashSet<PdfTables.Table>();
        var lines = new List<PdfLine>();
        foreach (var block in segments)
        {
            var blockId = blockCounter++;
            foreach (var line in block)
            {
                if (tables.TryGetValue(line[0], out var table))
                {
                    // The table is written once, where its first cell comes in reading order.
                    if (written.Add(table))
                    {
                        var tableId = blockCounter++;
                        lines.AddRange(table.Rows.Select(row => new PdfLine(page.Number, row.Text, row.FontSize, row.Top, row.Bottom, page.Height, tableId) { IsTableRow = true }));
                    }

                    continue;
                }

                var text = string.Join(' ', line.Select(s => s.Text));
                lines.Add(new PdfLine(page.Number, text, PdfPageLayout.FontSize(line.SelectMany(s => s.Words)), line.Max(s => s.Top), line.Min(s => s.Bottom), page.Height, blockId));
            }
        }

        return lines;
    }

    /// <summary>The point size most of the letters use (a bold word or a footnote mark does not change it).</summary>
    internal static double FontSize(IEnumerable<Word> words) =>
        words.SelectMany(w => w.Letters)
            .GroupBy(l => Math.Round(l.PointSize * 2) / 2)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Key)
            .Select(g => g.Key)
            .FirstOrDefault();
}
