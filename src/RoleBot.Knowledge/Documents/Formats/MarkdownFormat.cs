using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RoleBot.Knowledge.Documents.Formats;

/// <summary>Markdown with optional YAML front matter: one section per heading, one block per paragraph or list item.</summary>
public sealed partial class MarkdownFormat : IDocumentFormat
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseGridTables().Build();

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown", ".mdx"];

    public SourceDocument Read(string sourcePath, string content)
    {
        var (frontMatter, body) = FrontMatter.Split(content);
        var builder = new SectionBuilder();
        foreach (var section in frontMatter.Sections)
        {
            foreach (var heading in section.HeadingPath)
            {
                builder.Heading(2, heading);
            }

            foreach (var block in section.Blocks)
            {
                builder.Block(block);
            }
        }

        if (sourcePath.EndsWith(".mdx", StringComparison.OrdinalIgnoreCase))
        {
            body = EsModuleLines().Replace(body, "");            // MDX's "import … from …" and "export const …" are code, not text
        }

        var document = Markdown.Parse(TextCleanup.StripTemplateTags(body), Pipeline);
        Walk(document, builder);
        var title = frontMatter.Title ?? builder.FirstTopHeading ?? TitleFromPath(sourcePath);
        var sections = builder.Sections;
        if (sections.Count == 0)
        {
            throw new InvalidDocumentException("no text found");
        }

        return new SourceDocument(sourcePath, TextCleanup.Normalize(title), frontMatter.Metadata, sections) { Warning = frontMatter.Warning };
    }

    internal static string TitleFromPath(string sourcePath)
    {
        var name = Path.GetFileNameWithoutExtension(sourcePath).Replace('-', ' ').Replace('_', ' ').Trim();
        return name.Length == 0 ? sourcePath : char.ToUpperInvariant(name[0]) + name[1..];
    }

    private static void Walk(ContainerBlock container, SectionBuilder builder)
    {
        // Consecutive HTML blocks are one fragment: Markdown ends an HTML block at a blank line, and a table's rows cut
        // off from its <table> would be dropped by the HTML parser.
        var html = new System.Text.StringBuilder();
        for (var index = 0; index < container.Count; index++)
        {
            var block = container[index];
            if (block is HtmlBlock fragment)
            {
                html.AppendLine(fragment.Lines.ToString());
                continue;
            }

            // Inside such a run, markup indented four spaces after a blank line reads as a code block: it is the same table.
            if (block is CodeBlock indented and not FencedCodeBlock && html.Length > 0 && indented.Lines.ToString().TrimStart().StartsWith('<'))
            {
                html.AppendLine(indented.Lines.ToString());
                continue;
            }

            FlushHtml(html, builder);
            switch (block)
            {
                case HeadingBlock heading:
                    builder.Heading(heading.Level, Flatten(heading.Inline));
                    break;
                case ParagraphBlock paragraph when index + 1 < container.Count && container[index + 1] is ListBlock && IsPlainWords(paragraph.Inline) && Flatten(paragraph.Inline) is var label && IsListLabel(label):
                    // "Responsibilities" or "**The first day**" on its own line above a list: a heading in all but markup
                    // (job posts pasted from web pages), so the list reads under it as under "## Responsibilities".
                    builder.SubHeading(label);
                    break;
                case ParagraphBlock paragraph:
                    builder.Block(Flatten(paragraph.Inline));
                    break;
                case ListBlock list:
                    WalkList(list, builder);
                    break;
                case Table table:
                    var headers = ColumnHeaders(table);
                    foreach (var row in table.OfType<TableRow>().Where(r => !r.IsHeader && !Navigation.IsContentsRow(r)))
                    {
                        builder.Block(string.Join(" | ", row.OfType<TableCell>().Select((c, i) => Labelled(headers, i, CellText(c))).Where(c => c.Length > 0)));
                    }

                    break;
                case ContainerBlock nestedContainer:
                    Walk(nestedContainer, builder);
                    break;
            }
        }

        FlushHtml(html, builder);
    }

    private static void WalkList(ListBlock list, SectionBuilder builder)
    {
        // "* Senior Maintainers" over its own list of duties, then "* Standard Maintainers" over theirs: each label heads
        // its list, as a label line above a list does, and the text after the list reads under the section again.
        if (LabelsOverLists(list) is { } groups)
        {
            foreach (var (label, inner) in groups)
            {
                builder.SubHeading(label);
                WalkList(inner, builder);
            }

            builder.EndSubHeading();
            return;
        }

        foreach (var item in list.OfType<ListItemBlock>())
        {
            // A list item is one block; nested lists become their own blocks after it. "- [Maintainer](#maintainer)" is
            // an entry of the page's table of contents: left out, and so are its sub-entries.
            var paragraphs = item.OfType<ParagraphBlock>().ToList();
            if (paragraphs.Count == 0 || !paragraphs.All(p => Navigation.LinksOnly(p.Inline)))
            {
                builder.Block(string.Join(" ", paragraphs.Select(p => Flatten(p.Inline))));
            }

            foreach (var nested in item.Where(b => b is not ParagraphBlock).OfType<ContainerBlock>())
            {
                if (nested is ListBlock inner)
                {
                    WalkList(inner, builder);
                }
                else
                {
                    Walk(nested, builder);
                }
            }
        }
    }

    private static void FlushHtml(System.Text.StringBuilder html, SectionBuilder builder)
    {
        if (html.Length == 0)
        {
            return;
        }

        foreach (var (text, level) in HtmlText.Blocks(html.ToString()))
        {
            if (level == HtmlText.RowHeader)
            {
                builder.SubHeading(text);
            }
            else if (level > 0)
            {
                builder.Heading(level, text);
            }
            else
            {
                builder.Block(text);
            }
        }

        html.Clear();
    }

    private static string Flatten(ContainerInline? inline)
    {
        if (inline is null)
        {
            return string.Empty;
        }

        var text = new System.Text.StringBuilder();
        Append(inline, text);
        return text.ToString();
    }

    private static bool DescribesItself(LinkInline image)
    {
        var alt = new System.Text.StringBuilder();
        foreach (var child in image)
        {
            Append(child, alt);
        }

        return alt.ToString().Trim().Contains(' ', StringComparison.Ordinal);
    }

    private static void Append(Inline inline, System.Text.StringBuilder text)
    {
        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case HtmlInline:
                break;
            case LinkInline { IsImage: true } image when !DescribesItself(image):
                // An image whose alt text is one token ("assets/04.principal-se.jpg", "logo") says nothing a reader could quote.
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }

                break;
        }
    }

    /// <summary>An MDX module statement at the start of a line, with its indented or closing continuation lines.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:import|export)\s[^\n]*(?:\n(?:[ \t]+|[}\])])[^\n]*)*", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex EsModuleLines();
}
