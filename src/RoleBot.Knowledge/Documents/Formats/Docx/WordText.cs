using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace RoleBot.Knowledge.Documents.Formats.Docx;

/// <summary>The visible text of Word paragraphs and table rows (deleted revisions and field codes left out).</summary>
internal static class WordText
{
    public static string Of(OpenXmlElement paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
            }
        }

        return TextCleanup.Normalize(text.ToString());
    }

    /// <summary>One line per row, "cell | cell"; empty cells (merged or blank) are left out. Nested tables read as text.</summary>
    public static IEnumerable<string> Rows(Table table)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>()
                .Select(cell => string.Join(' ', cell.Descendants<Paragraph>().Select(Of).Where(t => t.Length > 0)))
                .Where(t => t.Length > 0)
                .ToList();
            if (cells.Count > 0)
            {
                yield return string.Join(" | ", cells);
            }
        }
    }
}
