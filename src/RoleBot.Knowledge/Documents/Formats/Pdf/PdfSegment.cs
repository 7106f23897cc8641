using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace RoleBot.Knowledge.Documents.Formats.Pdf;

/// <summary>
/// A run of words of one layout line with no wide gap inside: a whole line of prose, or one cell of a table row (a gap
/// of more than <see cref="CellGapEms"/> font sizes between words separates cells).
/// </summary>
internal sealed class PdfSegment
{
    /// <summary>A gap wider than this many font sizes is a column gap, not a space (justified text stretches far less).</summary>
    public const double CellGapEms = 1.5;

    private PdfSegment(TextLine line, IReadOnlyList<Word> words)
    {
        Line = line;
        Words = words;
        Left = words.Min(w => w.BoundingBox.Left);
        Right = words.Max(w => w.BoundingBox.Right);
        Bottom = words.Min(w => w.BoundingBox.Bottom);
        Top = words.Max(w => w.BoundingBox.Top);
        Text = TextCleanup.Normalize(string.Join(' ', words.Select(w => w.Text)));
        FontSize = PdfPageLayout.FontSize(words);
    }

    /// <summary>The layout line the segment was cut from.</summary>
    public TextLine Line { get; }

    public IReadOnlyList<Word> Words { get; }

    public double Left { get; }

    public double Right { get; }

    public double Bottom { get; }

    public double Top { get; }

    public double Height => Top - Bottom;

    public string Text { get; }

    public double FontSize { get; }

    public static IEnumerable<PdfSegment> Split(TextLine line)
    {
        var words = line.Words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderBy(w => w.BoundingBox.Left).ToList();
        if (words.Count == 0)
        {
            yield break;
        }

        var size = PdfPageLayout.FontSize(words);
        var start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            if (i == words.Count || words[i].BoundingBox.Left - words[i - 1].BoundingBox.Right > CellGapEms * size)
            {
                yield return new PdfSegment(line, words[start..i]);
                start = i;
            }
        }
    }

    /// <summary>Sits on the same baseline as <paramref name="other"/> (within a third of the smaller line height).</summary>
    public bool SameBaseline(PdfSegment other) =>
        Math.Abs(Bottom - other.Bottom) <= Math.Max(1.5, 0.3 * Math.Min(Height, other.Height));
}
