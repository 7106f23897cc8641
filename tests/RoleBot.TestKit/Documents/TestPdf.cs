using System.Globalization;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Outline.Destinations;
using UglyToad.PdfPig.Writer;

namespace RoleBot.TestKit.Documents;

/// <summary>
/// Writes PDFs for tests with PdfPig's builder (standard fonts, A4): headings, wrapped paragraphs, bullets, tables,
/// running headers and footers, bookmarks and Info metadata, so every PDF a test reads is made by the test.
/// </summary>
public sealed class TestPdf
{
    private readonly List<Action<TestPdfPage>> _pages = [];
    private readonly List<(string Title, int Level, int Page)> _bookmarks = [];

    public string? Title { get; init; }

    /// <summary>The Info dictionary's ModDate.</summary>
    public DateTimeOffset? Modified { get; init; }

    /// <summary>Printed at the top of every page (a running header).</summary>
    public string? RunningHeader { get; init; }

    /// <summary>Prints "Page n of N" at the bottom of every page.</summary>
    public bool PageNumbers { get; init; }

    public TestPdf Page(Action<TestPdfPage> write)
    {
        _pages.Add(write);
        return this;
    }

    /// <summary>An outline entry (level 0 = top) pointing at a 1-based page.</summary>
    public TestPdf Bookmark(string title, int level, int page)
    {
        _bookmarks.Add((title, level, page));
        return this;
    }

    public byte[] Build()
    {
        var builder = new PdfDocumentBuilder();
        var fonts = new TestPdfFonts(builder.AddStandard14Font(Standard14Font.Helvetica), builder.AddStandard14Font(Standard14Font.HelveticaBold));
        if (Title is not null)
        {
            builder.DocumentInformation.Title = Title;
        }

        if (Modified is { } modified)
        {
            builder.DocumentInformation.ModifiedDate = modified.UtcDateTime.ToString("'D:'yyyyMMddHHmmss'Z'", CultureInfo.InvariantCulture);
        }

        for (var i = 0; i < _pages.Count; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            if (RunningHeader is not null)
            {
                page.AddText(RunningHeader, 9, new PdfPoint(50, 810), fonts.Regular);
            }

            if (PageNumbers)
            {
                page.AddText($"Page {i + 1} of {_pages.Count}", 9, new PdfPoint(270, 30), fonts.Regular);
            }

            _pages[i](new TestPdfPage(page, fonts));
        }

        if (_bookmarks.Count > 0)
        {
            builder.Bookmarks = new Bookmarks(Nest(0, 0, _bookmarks.Count).Nodes);
        }

        return builder.Build();
    }

    // Bookmarks are listed flat with levels; the outline wants children under their parents.
    private (List<BookmarkNode> Nodes, int Next) Nest(int level, int from, int to)
    {
        var nodes = new List<BookmarkNode>();
        var i = from;
        while (i < to && _bookmarks[i].Level >= level)
        {
            var (title, nodeLevel, page) = _bookmarks[i];
            var (children, next) = Nest(nodeLevel + 1, i + 1, to);
            nodes.Add(new DocumentBookmarkNode(title, nodeLevel, new ExplicitDestination(page, ExplicitDestinationType.XyzCoordinates, ExplicitDestinationCoordinates.Empty), children));
            i = next;
        }

        return (nodes, i);
    }
}

internal sealed record TestPdfFonts(PdfDocumentBuilder.AddedFont Regular, PdfDocumentBuilder.AddedFont Bold);

/// <summary>Writes one page top to bottom; every call moves the cursor down.</summary>
public sealed class TestPdfPage
{
    private const double Left = 50;
    private readonly PdfPageBuilder _page;
    private readonly TestPdfFonts _fonts;

    internal TestPdfPage(PdfPageBuilder page, TestPdfFonts fonts)
    {
        _page = page;
        _fonts = fonts;
    }

    public double Y { get; private set; } = 770;

    public TestPdfPage Heading(string text, double size = 18)
    {
        Y -= size * 0.6;
        _page.AddText(text, size, new PdfPoint(Left, Y), _fonts.Bold);
        Y -= size * 1.2;
        return this;
    }

    /// <summary>Lines exactly as given (so a test controls where a word is hyphenated), then a paragraph gap.</summary>
    public TestPdfPage Lines(params string[] lines)
    {
        foreach (var line in lines)
        {
            _page.AddText(line, 11, new PdfPoint(Left, Y), _fonts.Regular);
            Y -= 14;
        }

        Y -= 10;
        return this;
    }

    /// <summary>A paragraph wrapped at about 85 characters.</summary>
    public TestPdfPage Paragraph(string text) => Lines(Wrap(text, 85).ToArray());

    public TestPdfPage Bullets(params string[] items)
    {
        foreach (var item in items)
        {
            _page.AddText("\u2022 " + item, 11, new PdfPoint(Left + 10, Y), _fonts.Regular);
            Y -= 14;
        }

        Y -= 10;
        return this;
    }

    /// <summary>Cells in columns 150 points apart, one row per line, no ruling lines (as most exported tables are).</summary>
    public TestPdfPage Table(params string[][] rows)
    {
        var first = true;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                _page.AddText(row[c], 11, new PdfPoint(Left + (150 * c), Y), first ? _fonts.Bold : _fonts.Regular);
            }

            first = false;
            Y -= 14;
        }

        Y -= 10;
        return this;
    }

    /// <summary>Two columns of prose side by side, wrapped at about 40 characters (a newsletter layout).</summary>
    public TestPdfPage TwoColumns(string left, string right)
    {
        var leftLines = Wrap(left, 40).ToList();
        var rightLines = Wrap(right, 40).ToList();
        for (var i = 0; i < Math.Max(leftLines.Count, rightLines.Count); i++)
        {
            if (i < leftLines.Count)
            {
                _page.AddText(leftLines[i], 11, new PdfPoint(Left, Y), _fonts.Regular);
            }

            if (i < rightLines.Count)
            {
                _page.AddText(rightLines[i], 11, new PdfPoint(310, Y), _fonts.Regular);
            }

            Y -= 14;
        }

        Y -= 10;
        return this;
    }

    /// <summary>Each word drawn on its own with no space characters between: only the gaps separate the words.</summary>
    public TestPdfPage WordsWithoutSpaces(string text)
    {
        var x = Left;
        foreach (var word in text.Split(' '))
        {
            _page.AddText(word, 11, new PdfPoint(x, Y), _fonts.Regular);
            // The next word starts a little more than a space's width after where this one ends.
            x = _page.MeasureText(word, 11, new PdfPoint(x, Y), _fonts.Regular)[^1].EndBaseLine.X + 3.5;
        }

        Y -= 24;
        return this;
    }

    /// <summary>A page-sized picture with no text: what a scanner produces.</summary>
    public TestPdfPage ScannedImage()
    {
        _page.AddPng(TestPng.Gray(40, 60), new PdfRectangle(40, 40, 555, 800));
        return this;
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
