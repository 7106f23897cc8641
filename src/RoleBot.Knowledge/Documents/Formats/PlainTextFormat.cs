using System.Text.RegularExpressions;

namespace RoleBot.Knowledge.Documents.Formats;

/// <summary>
/// Plain text such as a web article saved from a browser: finds the title, heading lines, paragraphs and bullet items,
/// and drops page furniture by shape (navigation menus, teaser lists, bylines with social links, share lines).
/// </summary>
public sealed partial class PlainTextFormat : IDocumentFormat
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt", ".text"];

    public SourceDocument Read(string sourcePath, string content)
    {
        var (frontMatter, body) = FrontMatter.Split(content);
        var blocks = PlainTextBlocks.Parse(TextCleanup.StripTemplateTags(body));
        var kept = RemoveFurniture(blocks);
        var titleIndex = FindTitle(kept, sourcePath);
        var title = frontMatter.Title ?? (titleIndex >= 0 ? kept[titleIndex].Text : MarkdownFormat.TitleFromPath(sourcePath));

        var builder = new SectionBuilder();
        // A document that underlines its headings (reStructuredText, setext) says which lines are headings: its other
        // short lines are lead-ins ("The following roles are repurposed:") and labels.
        var underlined = kept.Exists(b => b.Kind == TextBlockKind.Heading);
        for (var i = titleIndex + 1; i < kept.Count; i++)
        {
            var block = kept[i];
            block = block with { Text = InlineMarkup(block.Text) };
            if (block.Kind == TextBlockKind.Heading)
            {
                builder.Heading(Math.Clamp(block.Level + 1, 2, 6), block.Text);
            }
            else if (block.Kind == TextBlockKind.Line && !underlined && IsHeading(kept, i))
            {
                builder.Heading(2, block.Text);
            }
            else if (block.Kind != TextBlockKind.Line || TextCleanup.WordCount(block.Text) > 3 || underlined)
            {
                builder.Block(block.Text);
            }
        }

        var sections = builder.Sections;
        if (sections.Count == 0)
        {
            throw new InvalidDocumentException("no paragraphs found");
        }

        return new SourceDocument(sourcePath, TextCleanup.Normalize(title), frontMatter.Metadata, sections) { Warning = frontMatter.Warning };
    }

    /// <summary>
    /// reStructuredText inline markup as the words it shows: ":ref:`channels <communication-channels>`" → "channels",
    /// "`Ironic <https://…>`_" → "Ironic", "``git clone``" → "git clone"; and emphasis in any lightweight markup
    /// ("_Jenkins Officers_", "*elected role*", "**Scope:**"), whose marks would otherwise stick to the words.
    /// </summary>
    internal static string InlineMarkup(string text)
    {
        if (text.Contains('`', StringComparison.Ordinal))
        {
            text = DoubleBacktick().Replace(Link().Replace(Role().Replace(text, "$1"), "$1"), "$1");
        }

        // AsciiDoc links show their text: "link:/project/governance-meeting/[Jenkins Governance Meeting]".
        if (text.Contains('[', StringComparison.Ordinal))
        {
            text = AsciiDocLink().Replace(text, "$1");
        }

        return text.Contains('_', StringComparison.Ordinal) || text.Contains('*', StringComparison.Ordinal) ? Emphasis().Replace(text, "$2") : text;
    }

    [GeneratedRegex(@"(?:\blink:|\bhttps?://)[^\s\[\]]*\[([^\]]*)\]")]
    private static partial Regex AsciiDocLink();

    // Marks that open after a non-word and close before one: "snake_case_names" and "2*3*4" keep theirs.
    [GeneratedRegex(@"(?<![\w*_])([_*]{1,2})(?=[^\s_*])(.+?)(?<=[^\s_*])\1(?![\w*_])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@":[\w:.+-]+:`([^`<]*?)\s*(?:<[^>`]*>)?`")]
    private static partial Regex Role();

    [GeneratedRegex(@"`([^`<]+?)\s*(?:<[^>`]*>)?`__?")]
    private static partial Regex Link();

    [GeneratedRegex(@"``([^`]+)``")]
    private static partial Regex DoubleBacktick();

    /// <summary>Drops blocks whose shape marks them as page furniture rather than article text.</summary>
    internal static List<TextBlock> RemoveFurniture(IReadOnlyList<TextBlock> blocks)
    {
        var kept = new List<TextBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            var text = block.Text;
            var furniture =
                block.Kind == TextBlockKind.Menu                                   // several short unpunctuated lines: a link menu
                || text.EndsWith('…') || text.EndsWith("...", StringComparison.Ordinal) // a truncated teaser or "Loading..."
                || RelativeTime().IsMatch(text) || DateLine().IsMatch(text)          // "2 days ago", "Last updated: ..."
                || (block.Kind == TextBlockKind.Line && TextCleanup.WordCount(text) <= 3 && text.EndsWith(':'))  // "Share this:"
                || IsByline(text);
            if (!furniture)
            {
                kept.Add(block);
            }
        }

        // A listing of teasers at the end of a page: a heading with no text of its own followed by
        // one-paragraph items up to the end of the file ("Explore more", "Related posts").
        var cut = TrailingListingStart(kept);
        if (cut >= 0)
        {
            kept.RemoveRange(cut, kept.Count - cut);
        }

        // The last block cut off mid-sentence is the tail of a teaser, not article text.
        if (kept.Count > 0 && kept[^1].Kind == TextBlockKind.Paragraph && !EndsSentence(kept[^1].Text))
        {
            kept.RemoveAt(kept.Count - 1);
        }

        return kept;
    }

    private static int TrailingListingStart(List<TextBlock> blocks)
    {
        for (var i = 0; i < blocks.Count - 1; i++)
        {
            if (!(blocks[i].Kind == TextBlockKind.Line && blocks[i + 1].Kind == TextBlockKind.Line && HeadingLike(blocks[i].Text)))
            {
                continue;
            }

            // From i+1 to the end: strictly alternating heading line, single paragraph; at least three items.
            var items = 0;
            var j = i + 1;
            while (j + 1 < blocks.Count && blocks[j].Kind == TextBlockKind.Line && blocks[j + 1].Kind == TextBlockKind.Paragraph
                   && (j + 2 >= blocks.Count || blocks[j + 2].Kind == TextBlockKind.Line))
            {
                items++;
                j += 2;
            }

            if (j >= blocks.Count - 1 && items >= 3 && j >= blocks.Count - 1)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>An author's byline or bio: first person and a pointer to social networks.</summary>
    private static bool IsByline(string text) =>
        SocialNetwork().IsMatch(text) && FirstPerson().IsMatch(text) && TextCleanup.WordCount(text) >= 12;

    /// <summary>
    /// The title line: among heading-like lines in the first half, the one sharing most words with the file name,
    /// then the longest. Text before the title (breadcrumbs, banners, menus) is not article text.
    /// </summary>
    internal static int FindTitle(List<TextBlock> blocks, string sourcePath)
    {
        var best = -1;
        var bestScore = 0;
        var limit = Math.Max(4, blocks.Count / 2);
        var firstParagraph = blocks.FindIndex(b => b.Kind is not (TextBlockKind.Line or TextBlockKind.Heading));
        for (var i = 0; i < Math.Min(limit, blocks.Count); i++)
        {
            // An underlined title is the title, whatever the file is called; but of several top headings ("# Engineer",
            // "# Senior Engineer 1" in a ladder) the first is a section like the others.
            if (blocks[i].Kind == TextBlockKind.Heading && blocks[i].Level == 1 && i == blocks.FindIndex(b => b.Kind == TextBlockKind.Heading)
                && blocks.Count(b => b.Kind == TextBlockKind.Heading && b.Level == 1) == 1)
            {
                return i;
            }

            if (blocks[i].Kind != TextBlockKind.Line || !HeadingLike(blocks[i].Text) || blocks[i].Text.EndsWith(':'))
            {
                continue;                                // "The current members are:" introduces a list; it titles nothing
            }

            var overlap = TextCleanup.SharedWithFileName(blocks[i].Text, sourcePath);
            // Without a shared word, only lines before the first paragraph qualify (a page's title comes first).
            if (overlap == 0 && firstParagraph >= 0 && i > firstParagraph)
            {
                continue;
            }

            var score = (overlap * 100) + TextCleanup.WordCount(blocks[i].Text);
            if (score > bestScore)
            {
                bestScore = score;
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// A heading-like line is a heading; at the end of the text or before another line it heads nothing and is dropped
    /// with its empty section (the titles left of a teaser list).
    /// </summary>
    private static bool IsHeading(List<TextBlock> blocks, int i) => HeadingLike(blocks[i].Text);

    internal static bool HeadingLike(string line)
    {
        var words = TextCleanup.WordCount(line);
        if (words is 0 or > 14 || line.EndsWith('.') || line.EndsWith(',') || line.EndsWith(';'))
        {
            return false;
        }

        var first = line.FirstOrDefault(char.IsLetterOrDigit);
        return (char.IsUpper(first) || char.IsDigit(first)) && LongWord().IsMatch(line);
    }

    private static bool EndsSentence(string text) => text.Length > 0 && ".!?:;)\"”'’".Contains(text[^1], StringComparison.Ordinal);

    [GeneratedRegex(@"^\d+\s+(second|minute|hour|day|week|month|year)s?\s+ago$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeTime();

    [GeneratedRegex(@"^(last\s+)?(updated|posted|published|modified)(\s+on)?\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"\b(twitter|linkedin|facebook|instagram|youtube|mastodon|tiktok)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SocialNetwork();

    [GeneratedRegex(@"\b(I|my|me)\b")]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex LongWord();

}
