using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Documents.Formats.Pdf;

/// <summary>
/// Turns a PDF's lines into sections: headings open sections, lines of one layout block join into a paragraph
/// (a word hyphenated across a line break is joined again), each bullet or numbered item is a block of its own, and
/// each table row is a block of its own. Every block remembers the page it starts on.
/// </summary>
internal static partial class PdfSections
{
    public static IReadOnlyList<DocumentSection> Build(
        IReadOnlyList<PdfLine> lines, string? title, Func<PdfLine, PdfHeading?> headingOf, Func<int, IEnumerable<PdfHeading>> pageStartHeadings, Func<PdfLine, bool> skip)
    {
        var builder = new SectionBuilder { Title = title };
        string? paragraph = null;
        var paragraphPage = 0;
        var paragraphBlock = -1;
        PdfLine? lastHeadingLine = null;
        var page = 0;

        void Flush()
        {
            if (paragraph is not null)
            {
                builder.Block(paragraph, paragraphPage);
                paragraph = null;
            }
        }

        foreach (var line in lines)
        {
            if (line.Page != page)
            {
                page = line.Page;
                var opening = pageStartHeadings(page).ToList();
                if (opening.Count > 0)
                {
                    Flush();
                    foreach (var heading in opening)
                    {
                        builder.Heading(heading.Level, heading.Text);
                    }
                }
            }

            if (skip(line))
            {
                continue;
            }

            if (headingOf(line) is { } found)
            {
                Flush();
                // A heading set over two lines of one block reads as one heading.
                if (lastHeadingLine is { } previous && previous.Block == line.Block && headingOf(previous) is { } before && before.Level == found.Level)
                {
                    builder.Heading(found.Level, before.Text + " " + found.Text);
                }
                else
                {
                    builder.Heading(found.Level, found.Text);
                }

                lastHeadingLine = line;
                continue;
            }

            lastHeadingLine = null;
            var bullet = Bullet().Match(line.Text);
            if (line.IsTableRow || bullet.Success || paragraph is null || line.Block != paragraphBlock)
            {
                Flush();
                paragraph = bullet.Success ? line.Text[bullet.Length..] : line.Text;
                paragraphPage = line.Page;
                paragraphBlock = line.IsTableRow ? -1 : line.Block;  // a table row never continues
                continue;
            }

            paragraph = Join(paragraph, line.Text);
        }

        Flush();
        return builder.Sections;
    }

    /// <summary>"ques-" + "tions" is "questions"; "self-" + "Service" keeps its hyphen, as does "2019-" + "2020".</summary>
    internal static string Join(string text, string next) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]) && next.Length > 0 && char.IsLower(next[0])
            ? text[..^1] + next
            : text + " " + next;

    [GeneratedRegex(@"^([•◦▪▫■●○·‣⁃∙\u2013\u2014*\-+]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")]
    private static partial Regex Bullet();
}
