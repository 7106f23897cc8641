using System.Globalization;
using RoleBot.Knowledge.Documents.Formats.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Outline;

namespace RoleBot.Knowledge.Documents.Formats;

/// <summary>
/// PDF files (PdfPig): text in reading order with headings from the outline or, failing that, from font size; running
/// headers, footers and page numbers dropped; every block remembers its page so citations can say "p. 4". A PDF
/// without a text layer (a scan), one that needs a password, or one the parser cannot read is skipped with a warning.
/// </summary>
public sealed class PdfFormat : IBinaryDocumentFormat
{
    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public SourceDocument Read(string sourcePath, byte[] content)
    {
        if (content.AsSpan(0, Math.Min(content.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            throw new InvalidDocumentException("not a PDF (no %PDF- header)");
        }

        try
        {
            using var pdf = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            return Read(sourcePath, pdf, content);
        }
        catch (PdfDocumentEncryptedException)
        {
            throw new InvalidDocumentException("encrypted PDF: it opens only with a password; save a copy without one to index it");
        }
        catch (InvalidDocumentException)
        {
            throw;
        }
#pragma warning disable CA1031 // Any parser failure on a damaged file is a warning for that file, never a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            throw new InvalidDocumentException($"damaged or unreadable PDF ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }

    private static SourceDocument Read(string sourcePath, PdfDocument pdf, byte[] content)
    {
        var lines = new List<PdfLine>();
        var blockCounter = 0;
        var scannedPages = new List<int>();
        var brokenPages = new List<int>();
        string? firstError = null;
        for (var number = 1; number <= pdf.NumberOfPages; number++)
        {
            try
            {
                var page = pdf.GetPage(number);
                var pageLines = page.Letters.Count == 0 ? [] : PdfPageLayout.Lines(page, ref blockCounter);
                if (pageLines.Count == 0 && page.GetImages().Any())
                {
                    scannedPages.Add(page.Number);
                }

                lines.AddRange(pageLines);
            }
#pragma warning disable CA1031 // One damaged page costs that page, not the document.
            catch (Exception ex) when (ex is not PdfDocumentEncryptedException)
#pragma warning restore CA1031
            {
                brokenPages.Add(number);
                firstError ??= $"{ex.GetType().Name}: {ex.Message}";
            }
        }

        if (lines.Count == 0 && brokenPages.Count > 0)
        {
            throw new InvalidDocumentException($"damaged or unreadable PDF ({firstError})");
        }

        if (lines.Count == 0)
        {
            throw new InvalidDocumentException(scannedPages.Count > 0
                ? "no text layer, only images (a scanned PDF?): run it through OCR to index it"
                : "no text found in the PDF");
        }

        var bodySize = PdfHeadings.BodySize(lines);
        lines = PdfFurniture.Remove(lines, pdf.NumberOfPages, bodySize);
        var outline = PdfHeadings.FromBookmarks(pdf.TryGetBookmarks(out var bookmarks) ? bookmarks : null, lines);
        var bySize = outline is null ? PdfHeadings.FromFontSizes(lines, bodySize) : null;
        var title = Title(pdf, sourcePath, bySize);

        var sections = outline is not null
            ? PdfSections.Build(lines, title,
                l => outline.AtLine.TryGetValue(l, out var h) ? h : null,
                p => outline.AtPageStart.TryGetValue(p, out var hs) ? hs : [],
                outline.Continuations.Contains)
            : PdfSections.Build(lines, title, l => bySize!.TryGetValue(l, out var h) ? h : null, _ => [], _ => false);
        if (sections.Count == 0)
        {
            throw new InvalidDocumentException("no text found in the PDF");
        }

        var warnings = new List<string>();
        if (scannedPages.Count > 0)
        {
            warnings.Add($"{PageList(scannedPages)}: only images, no text (scanned?); indexed the other pages");
        }

        if (brokenPages.Count > 0)
        {
            warnings.Add($"{PageList(brokenPages)} could not be read ({firstError}): indexed the other pages");
        }

        if (!EndsWithEof(content))
        {
            warnings.Add("the file looks truncated (no %%EOF at its end): indexed what could be read");
        }

        var metadata = new DocumentMetadata(Author: NonEmpty(pdf.Information.Author)) { Updated = Modified(pdf) };
        return new SourceDocument(sourcePath, TextCleanup.Normalize(title), metadata, sections)
        {
            Warning = warnings.Count == 0 ? null : string.Join("; ", warnings),
        };
    }

    /// <summary>
    /// The Info title when it is a real one (not "Microsoft Word - x.docx"), else a heading set larger than any other
    /// that occurs once on the first page, else the file name.
    /// </summary>
    private static string Title(PdfDocument pdf, string sourcePath, Dictionary<PdfLine, PdfHeading>? bySize)
    {
        var info = NonEmpty(pdf.Information.Title);
        if (info is not null && !info.StartsWith("Microsoft Word - ", StringComparison.OrdinalIgnoreCase)
            && !info.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && !info.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
            && !info.Equals("untitled", StringComparison.OrdinalIgnoreCase))
        {
            return info;
        }

        if (bySize is { Count: > 0 })
        {
            var top = bySize.Where(h => h.Value.Level == 1).Select(h => h.Key).ToList();
            // Lines of one block make one title ("Engineering" / "Onboarding Handbook").
            if (top.Count > 0 && top.All(l => l.Block == top[0].Block) && top[0].Page == 1)
            {
                return string.Join(' ', top.Select(l => l.Text));
            }
        }

        return MarkdownFormat.TitleFromPath(sourcePath);
    }

    private static DateTimeOffset? Modified(PdfDocument pdf)
    {
        try
        {
            return pdf.Information.GetModifiedDateTimeOffset() ?? pdf.Information.GetCreatedDateTimeOffset();
        }
#pragma warning disable CA1031 // A malformed date is no reason to lose the document; the file time is used instead.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static bool EndsWithEof(byte[] content) =>
        content.AsSpan(Math.Max(0, content.Length - 1024)).IndexOf("%%EOF"u8) >= 0;

    private static string PageList(List<int> pages) => pages.Count == 1
        ? string.Create(CultureInfo.InvariantCulture, $"page {pages[0]}")
        : $"pages {string.Join(", ", pages.Take(10).Select(p => p.ToString(CultureInfo.InvariantCulture)))}{(pages.Count > 10 ? ", ..." : "")}";

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : TextCleanup.Normalize(value);
}
