using System.Text;
using RoleBot.Knowledge.Answers;

namespace RoleBot.Channels.Teams;

/// <summary>
/// The markdown fallback every answer activity carries in <c>text</c>: the lead with its [n] references, the comparison
/// rows, then each numbered excerpt with its source (what a client without cards, or a screen reader, gets).
/// </summary>
internal static class AnswerMarkdown
{
    /// <param name="withExcerpts">False where a card beside the text already quotes them (Web Chat): sources only.</param>
    public static string Render(Answer answer, int excerptChars, bool withExcerpts = true)
    {
        // Everything from documents or the question is escaped (MarkdownText); only RoleBot's own markup formats.
        var text = new StringBuilder(MarkdownText.EscapeKeepingReferences(answer.Lead));
        if (answer.Comparison is { } comparison)
        {
            text.Append("\n\n");
            foreach (var row in comparison.Rows)
            {
                var cells = comparison.Roles.Select((role, i) => $"{MarkdownText.Escape(role)} {(row.Cells[i] is { } n ? $"[{n}]" : "(not covered)")}");
                text.Append("- **").Append(MarkdownText.Escape(row.Aspect)).Append("**: ").Append(string.Join("; ", cells)).Append('\n');
            }
        }

        foreach (var citation in answer.Citations)
        {
            text.Append("\n\n[").Append(citation.N).Append("] ");
            if (withExcerpts)
            {
                text.Append('\u201C').Append(MarkdownText.Escape(Shorten(citation.Excerpt.Text, excerptChars))).Append("\u201D \u2014 ");
            }

            text.Append(SourceLink(citation));
        }

        return text.ToString();
    }

    /// <summary>"Title › Section, p. 4" (escaped) as a markdown link when the source has an http(s) URL, then when it was updated.</summary>
    public static string SourceLink(Citation citation)
    {
        var label = MarkdownText.Escape(CitationLabel.Source(citation));
        var link = SourceUrl.ForLink(citation.Url) is { } url ? $"[{label}]({url})" : label;
        return CitationLabel.Freshness(citation) is { } freshness
            ? $"{link} \u00B7 {(citation.MayBeOutOfDate ? $"*{freshness}*" : freshness)}"
            : link;
    }

    /// <summary>"Title › Section", or the title alone for a document's introduction (plain text).</summary>
    public static string SourceLabel(Citation citation) =>
        citation.Section == "Introduction" ? citation.Title : $"{citation.Title} \u203A {citation.Section}";

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters (ellipsis included) at a word boundary, marking the cut.</summary>
    public static string Shorten(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        if (flat.Length <= max)
        {
            return flat;
        }

        // At the last space that keeps at least half, else at the last text-element boundary (never inside a grapheme).
        var space = flat.LastIndexOf(' ', Math.Max(0, max - 1));
        var cut = TextCut.Floor(flat, space > max / 2 ? space : Math.Max(0, max - 1));
        return flat[..cut].TrimEnd() + "\u2026";
    }
}
