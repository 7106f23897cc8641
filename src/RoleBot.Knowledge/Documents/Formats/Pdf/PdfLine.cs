namespace RoleBot.Knowledge.Documents.Formats.Pdf;

/// <summary>
/// One line of text as laid out on a PDF page, in reading order: its words joined with single spaces, the font size
/// most of its letters use, where it sits, and which layout block it belongs to (lines of one block make paragraphs).
/// </summary>
internal sealed record PdfLine(int Page, string Text, double FontSize, double Top, double Bottom, double PageHeight, int Block)
{
    /// <summary>A table row rebuilt from cells side by side ("cell | cell"): never a heading, never joined to a paragraph.</summary>
    public bool IsTableRow { get; init; }

    /// <summary>Share of the page height from the bottom (0) to the top (1) of the line's middle.</summary>
    public double VerticalPosition => PageHeight <= 0 ? 0.5 : (Top + Bottom) / 2 / PageHeight;
}
