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

    /// <summary>A title underlined (and maybe overlined) with a row of "=", "-", "~"…: reStructuredText and setext headings.</summary>
    Heading,
}

/// <param name="Level">For a <see cref="TextBlockKind.Heading"/>: 1 for the first underline style met, 2 for the next, …</param>
internal sealed record TextBlock(TextBlockKind Kind, string Text, int Level = 0);

/// <summary>Splits plain text into blank-line separated blocks, bullet items and wrapped paragraphs.</summary>
internal static partial class PlainTextBlocks
{
    public static List<TextBlock> Parse(string text)
    {
        var result = new List<TextBlock>();
        var lines = new List<string>();
        var styles = new List<string>();
        var all = text.Replace("\r\n", "\n").Split('\n').Select(l => l.Replace('\u00A0', ' ').TrimEnd()).ToArray();
        for (var i = 0; i < all.Length; i++)
        {
            var line = all[i];
            if (line.Trim().Length == 0 || Directive().IsMatch(line))
            {
                Emit(lines, result);                     // ".. note::", ".. _target: url": markup, not text
                lines.Clear();
                continue;
            }

            // "# Senior Engineer 1": a Markdown heading in a text file, its level the number of marks.
            if (HashHeading().Match(line) is { Success: true } hashes)
            {
                Emit(lines, result);
                lines.Clear();
                result.Add(new TextBlock(TextBlockKind.Heading, TextCleanup.Normalize(hashes.Groups[2].Value.Trim()), hashes.Groups[1].Length));
                continue;
            }

            // "Title" over a row of "=" (and maybe under one): a heading, its level by the order its style first appears.
            var overlined = Adornment(line) && i + 2 < all.Length && IsTitleText(all[i + 1]) && all[i + 2].Trim() == line.Trim();
            if (overlined || (IsTitleText(line) && i + 1 < all.Length && Adornment(all[i + 1]) && all[i + 1].Trim().Length >= Math.Min(3, line.Trim().Length)))
            {
                var title = overlined ? all[i + 1] : line;
                var style = (overlined ? "over" : "") + all[overlined ? i : i + 1].Trim()[0];
                if (!styles.Contains(style))
                {
                    styles.Add(style);
                }

                Emit(lines, result);
                lines.Clear();
                result.Add(new TextBlock(TextBlockKind.Heading, TextCleanup.Normalize(title.Trim()), styles.IndexOf(style) + 1));
                i += overlined ? 2 : 1;
                continue;
            }

            lines.Add(line);
        }

        Emit(lines, result);
        return result;
    }

    /// <summary>A row of one punctuation character, three or more long ("=====", "-----", "~~~~").</summary>
    private static bool Adornment(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= 3 && "=-~^*#+`'\"_:.".Contains(trimmed[0], StringComparison.Ordinal) && trimmed.All(c => c == trimmed[0]);
    }

    private static bool IsTitleText(string line) =>
        line.Trim().Length > 0 && !Adornment(line) && !char.IsWhiteSpace(line[0]) && !Bullet().IsMatch(line) && TextCleanup.WordCount(line) <= 14;

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

    [GeneratedRegex(@"^\s*([•◦▪▫□■●○·‣⁃∙–—*\-+]|\d{1,2}[.)]|#\.)\s+")]
    private static partial Regex Bullet();

    /// <summary>"# Title" to "###### Title", optionally closed by marks ("## Scope ##").</summary>
    [GeneratedRegex(@"^(#{1,6})[ \t]+(\S.*?)(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex HashHeading();

    /// <summary>reStructuredText directives, comments and link targets: ".. note::", ".. _release calendar: https://…".</summary>
    [GeneratedRegex(@"^\s*\.\.\s+(?:[\w-]+::|_[^:]+:|\[|\|)|^\s*\.\.\s*$")]
    private static partial Regex Directive();
}
