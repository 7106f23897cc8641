using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using RoleBot.Knowledge.Documents.Formats.Docx;

namespace RoleBot.Knowledge.Documents.Formats;

/// <summary>
/// Word documents (.docx, read with the Open XML SDK): sections from heading styles (Heading 1..9, or any style or
/// paragraph with an outline level), the Title style or the document's title property as title, every paragraph and
/// list item a block, every table row one "cell | cell" line. Password-protected and damaged files are skipped with a
/// warning.
/// </summary>
public sealed class DocxFormat : IBinaryDocumentFormat
{
    // A password-protected .docx is not a zip package but an OLE compound file (as old binary .doc files are).
    private static readonly byte[] CompoundFileSignature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public SourceDocument Read(string sourcePath, byte[] content)
    {
        if (content.AsSpan().StartsWith(CompoundFileSignature))
        {
            throw new InvalidDocumentException("password-protected (encrypted) Word file, or an old .doc renamed: save it as a .docx without a password to index it");
        }

        if (!content.AsSpan().StartsWith("PK"u8))
        {
            throw new InvalidDocumentException("not a Word document (a .docx is a zip package)");
        }

        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var word = WordprocessingDocument.Open(stream, isEditable: false);
            return Read(sourcePath, word);
        }
        catch (InvalidDocumentException)
        {
            throw;
        }
#pragma warning disable CA1031 // Any failure on a damaged package is a warning for that file, never a crash.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            throw new InvalidDocumentException($"damaged or unreadable Word file ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }

    private static SourceDocument Read(string sourcePath, WordprocessingDocument word)
    {
        var body = word.MainDocumentPart?.Document?.Body ?? throw new InvalidDocumentException("the Word file has no document body");
        var styles = new WordStyles(word.MainDocumentPart!.StyleDefinitionsPart?.Styles);
        var properties = word.PackageProperties;
        var title = NonEmpty(properties.Title) ?? TitleParagraph(body, styles) ?? MarkdownFormat.TitleFromPath(sourcePath);

        var builder = new SectionBuilder { Title = TextCleanup.Normalize(title) };
        Walk(body, styles, builder);
        var sections = builder.Sections;
        if (sections.Count == 0)
        {
            throw new InvalidDocumentException("no text found in the Word file");
        }

        var metadata = new DocumentMetadata(Author: NonEmpty(properties.Creator)) { Updated = AsUtc(properties.Modified) };
        return new SourceDocument(sourcePath, TextCleanup.Normalize(title), metadata, sections);
    }

    private static void Walk(OpenXmlElement container, WordStyles styles, SectionBuilder builder)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    var text = WordText.Of(paragraph);
                    switch (styles.Kind(paragraph))
                    {
                        case (ParagraphKind.Title, _):
                            builder.Heading(1, text);          // equal to the title: it resets the heading path
                            break;
                        case (ParagraphKind.Heading, var level):
                            builder.Heading(level, text);
                            break;
                        default:
                            builder.Block(text);
                            break;
                    }

                    break;
                case Table table:
                    foreach (var row in WordText.Rows(table))
                    {
                        builder.Block(row);
                    }

                    break;
                case SdtBlock or CustomXmlBlock or SdtContentBlock:
                    // Content controls and custom XML wrap ordinary paragraphs and tables.
                    Walk(element, styles, builder);
                    break;
            }
        }
    }

    private static string? TitleParagraph(Body body, WordStyles styles) =>
        body.Descendants<Paragraph>().Take(50)
            .Where(p => styles.Kind(p).Kind == ParagraphKind.Title)
            .Select(p => NonEmpty(WordText.Of(p)))
            .FirstOrDefault(t => t is not null);

    private static DateTimeOffset? AsUtc(DateTime? value) => value is { } date
        ? new DateTimeOffset(date.Kind == DateTimeKind.Local ? date.ToUniversalTime() : DateTime.SpecifyKind(date, DateTimeKind.Utc))
        : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : TextCleanup.Normalize(value);
}
