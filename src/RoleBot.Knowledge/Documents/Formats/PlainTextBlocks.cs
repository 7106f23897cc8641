using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Documents.Formats;

internal enum TextBlockKind
{
    /// <summary>A single short line: a heading, a label or furniture.</summary>
    Line,

    /// <summary>Prose: one or more wrapped lines joined.</summary>
    Paragraph,

    /// <summary>One bullet or numbered item with its continuation lines.</summary>
    Bullet,

    /// <summary>Several short unpunctuated lines in a row: a navigation menu.</summary>
    Menu,
}

internal sealed record TextBlock(TextBlockKind Kind, string Text);

/// <summary>Splits plain text into blank-line separated blocks, bullet items and wrapped paragraphs.</summary>
internal static partial class PlainTextBlocks
{
    public static List<TextBlock> Parse(string text)
    {
        var result = new List<TextBlock>();
        var lines = new List<string>();
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (raw.Trim().Length == 0)
            {
                Emit(lines, result);
                lines.Clear();
            }
            else
            {
                lines.Add(raw.Replace('\u00A0', ' ').TrimEnd());
            }
        }

        Emit(lines, result);
        return result;
    }

    private static void Emit(List<string> lines, List<TextBlock> result)
    {
        if (lines.Count == 0)
        {
            return;
        }

        // Several short unpunctuated lines with no blank line between them are a link menu or a toggle ("Off / On").
        if ((lines.Count >= 3 && lines.All(l => !Bullet().IsMatch(l) && TextCleanup.WordCount(l) <= 8 && !EndsSentence(l.Trim())))
            || (lines.Count == 2 && lines.All(l => !Bullet().IsMatch(l) && TextCleanup.WordCount(l) <= 3 && !EndsSentence(l.Trim()))))
        {
            result.Add(new TextBlock(TextBlockKind.Menu, string.Join(" | ", lines.Select(l => l.Trim()))));
            return;
        }

        var paragraph = new List<string>();
        string? bullet = null;
        void FlushParagraph()
        {
            if (paragraph.Count > 0)
            {
                var joined = TextCleanup.Normalize(string.Join(" ", paragraph));
                var kind = paragraph.Count == 1 && TextCleanup.WordCount(joined) <= 14 && !joined.EndsWith('.') && !joined.EndsWith('!') ? TextBlockKind.Line : TextBlockKind.Paragraph;
                result.Add(new TextBlock(kind, joined));
                paragraph.Clear();
            }
        }

        void FlushBullet()
        {
            if (bullet is not null)
            {
                result.Add(new TextBlock(TextBlockKind.Bullet, TextCleanup.Normalize(bullet)));
                bullet = null;
            }
        }

        foreach (var line in lines)
        {
            var match = Bullet().Match(line);
            if (match.Success)
            {
                FlushParagraph();
                FlushBullet();
                bullet = line[match.Length..];
            }
            else if (bullet is not null && line.Length > 0 && char.IsWhiteSpace(line[0]))
            {
                bullet += " " + line.Trim();        // an indented continuation of the current item
            }
            else
            {
                FlushBullet();
                paragraph.Add(line.Trim());
            }
        }

        FlushParagraph();
        FlushBullet();
    }

    private static bool EndsSentence(string text) => text.Length > 0 && ".!?".Contains(text[^1], StringComparison.Ordinal);

    [GeneratedRegex(@"^\s*([•◦▪▫□■●○·‣⁃∙–—*\-+]|\d{1,2}[.)])\s+")]
    private static partial Regex Bullet();
}
