using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Wordprocessing;

namespace RoleBot.Knowledge.Documents.Formats.Docx;

internal enum ParagraphKind
{
    Body,
    Title,
    Heading,
}

/// <summary>
/// What a paragraph is by its style: the Title style, a heading (built-in "heading N" styles, or any style or paragraph
/// with an outline level, as Word's navigation pane counts them), or body text. Styles inherit through "based on".
/// </summary>
internal sealed partial class WordStyles(Styles? styles)
{
    // Outline level 9 is Word's "body text".
    private const int BodyOutlineLevel = 9;

    private readonly Dictionary<string, Style> _byId = styles?.Elements<Style>()
        .Where(s => s.StyleId?.Value is not null)
        .GroupBy(s => s.StyleId!.Value!, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase) ?? [];

    public (ParagraphKind Kind, int Level) Kind(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is { } direct)
        {
            return direct < BodyOutlineLevel ? (ParagraphKind.Heading, direct + 1) : (ParagraphKind.Body, 0);
        }

        var id = properties?.ParagraphStyleId?.Val?.Value;
        for (var depth = 0; id is not null && depth < 10; depth++)
        {
            var style = _byId.GetValueOrDefault(id);
            var name = style?.StyleName?.Val?.Value ?? id;
            if (name.Equals("Title", StringComparison.OrdinalIgnoreCase) || id.Equals("Title", StringComparison.OrdinalIgnoreCase))
            {
                return (ParagraphKind.Title, 1);
            }

            if (HeadingName().Match(name) is { Success: true } byName)
            {
                return (ParagraphKind.Heading, int.Parse(byName.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture));
            }

            if (HeadingName().Match(id) is { Success: true } byId)
            {
                return (ParagraphKind.Heading, int.Parse(byId.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture));
            }

            if (style?.StyleParagraphProperties?.OutlineLevel?.Val?.Value is { } level)
            {
                return level < BodyOutlineLevel ? (ParagraphKind.Heading, level + 1) : (ParagraphKind.Body, 0);
            }

            id = style?.BasedOn?.Val?.Value;
        }

        return (ParagraphKind.Body, 0);
    }

    [GeneratedRegex(@"^heading\s*([1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();
}
