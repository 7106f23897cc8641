using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Documents.Formats.Pdf;

/// <summary>
/// Drops what a printed page repeats rather than says: running headers and footers (the same line near the top or
/// bottom of most pages) and page numbers ("4", "Page 4 of 12", "- 4 -"). Only lines in the top or bottom margin band
/// and no larger than body text qualify, so a heading that starts several pages is kept.
/// </summary>
internal static partial class PdfFurniture
{
    /// <summary>Share of the page height, at the top and at the bottom, where headers and footers sit.</summary>
    private const double MarginBand = 0.1;

    public static List<PdfLine> Remove(IReadOnlyList<PdfLine> lines, int pageCount, double bodySize)
    {
        bool InBand(PdfLine l) => !l.IsTableRow && (l.VerticalPosition >= 1 - MarginBand || l.VerticalPosition <= MarginBand)
            && l.FontSize <= bodySize * 1.05;

        // A header or footer is on most pages; with digits masked, "Page 3 of 9" and "Page 4 of 9" are the same line.
        var minPages = Math.Max(2, (int)Math.Ceiling(pageCount * 0.5));
        var repeated = pageCount < 2
            ? []
            : lines.Where(InBand)
                .GroupBy(l => Key(l.Text))
                .Where(g => g.Select(l => l.Page).Distinct().Count() >= minPages)
                .Select(g => g.Key)
                .ToHashSet(StringComparer.Ordinal);

        return lines.Where(l => !(InBand(l) && (PageNumber().IsMatch(l.Text) || repeated.Contains(Key(l.Text))))).ToList();
    }

    private static string Key(string text) => Digits().Replace(text.ToLowerInvariant(), "#");

    [GeneratedRegex(@"^[\-\u2013\u2014\s]*((page|p\.|pg\.?)\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?[\-\u2013\u2014\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
