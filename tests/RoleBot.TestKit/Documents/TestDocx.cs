using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace RoleBot.TestKit.Documents;

/// <summary>
/// Writes .docx files for tests with the Open XML SDK, with the styles Word itself writes ("heading 1" named styles
/// with ids Heading1, Title, List Paragraph with numbering), core properties and tables.
/// </summary>
public sealed class TestDocx
{
    private readonly List<OpenXmlElement> _body = [];

    /// <summary>The core "title" property.</summary>
    public string? Title { get; init; }

    /// <summary>The core "modified" property.</summary>
    public DateTimeOffset? Modified { get; init; }

    public TestDocx Styled(string styleId, string text)
    {
        _body.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    public TestDocx TitleParagraph(string text) => Styled("Title", text);

    public TestDocx Heading(int level, string text) => Styled("Heading" + level, text);

    /// <summary>A paragraph in a custom style ("Chapter") that is a heading only through its outline level.</summary>
    public TestDocx OutlineHeading(int level, string text) => Styled("Chapter" + level, text);

    /// <summary>A Normal paragraph made a heading by its own outline level (Paragraph ▸ Outline level in Word).</summary>
    public TestDocx DirectOutlineHeading(int level, string text)
    {
        _body.Add(new Paragraph(new ParagraphProperties(new OutlineLevel { Val = level - 1 }), new Run(new Text(text))));
        return this;
    }

    /// <summary>A paragraph split into runs (as Word does at formatting changes), with a tab and a deleted revision.</summary>
    public TestDocx Paragraph(params string[] runs)
    {
        _body.Add(new Paragraph(runs.Select(r => new Run(new Text(r) { Space = SpaceProcessingModeValues.Preserve }))));
        return this;
    }

    public TestDocx ParagraphWithDeletedText(string kept, string deleted)
    {
        _body.Add(new Paragraph(
            new Run(new Text(kept) { Space = SpaceProcessingModeValues.Preserve }),
            new DeletedRun(new Run(new DeletedText(deleted) { Space = SpaceProcessingModeValues.Preserve })) { Id = "1", Author = "Reviewer" }));
        return this;
    }

    /// <summary>Bulleted list items (List Paragraph style, numbering 1).</summary>
    public TestDocx Bullets(params string[] items)
    {
        foreach (var item in items)
        {
            _body.Add(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" }, new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
                new Run(new Text(item))));
        }

        return this;
    }

    /// <summary>A table; the first row is the header row.</summary>
    public TestDocx Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell)))))));
        }

        _body.Add(table);
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(_body.Select(e => e.CloneNode(true))));
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = Styles();
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "\u2022" }) { LevelIndex = 0 }) { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            if (Title is not null)
            {
                word.PackageProperties.Title = Title;
            }

            if (Modified is { } modified)
            {
                word.PackageProperties.Modified = modified.UtcDateTime;
            }
        }

        return stream.ToArray();
    }

    private static Styles Styles()
    {
        static Style Paragraph(string id, string name, int? outline = null, string? basedOn = null)
        {
            var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
            if (basedOn is not null)
            {
                style.Append(new BasedOn { Val = basedOn });
            }

            if (outline is { } level)
            {
                style.Append(new StyleParagraphProperties(new OutlineLevel { Val = level }));
            }

            return style;
        }

        return new Styles(
            Paragraph("Normal", "Normal"),
            Paragraph("Title", "Title", basedOn: "Normal"),
            Paragraph("Heading1", "heading 1", outline: 0, basedOn: "Normal"),
            Paragraph("Heading2", "heading 2", outline: 1, basedOn: "Normal"),
            Paragraph("Heading3", "heading 3", outline: 2, basedOn: "Normal"),
            Paragraph("ListParagraph", "List Paragraph", basedOn: "Normal"),
            Paragraph("Chapter1", "Chapter", outline: 0, basedOn: "Normal"),
            Paragraph("Chapter2", "Chapter Section", outline: 1, basedOn: "Normal"));
    }
}
