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
        var text = new StringBuilder(answer.Lead);
        if (answer.Comparison is { } comparison)
        {
            text.Append("\n\n");
            foreach (var row in comparison.Rows)
            {
                var cells = comparison.Roles.Select((role, i) => $"{role} {(row.Cells[i] is { } n ? $"[{n}]" : "(not covered)")}");
                text.Append("- **").Append(row.Aspect).Append("**: ").Append(string.Join("; ", cells)).Append('\n');
            }
        }

        foreach (var citation in answer.Citations)
        {
            text.Append("\n\n[").Append(citation.N).Append("] ");
            if (withExcerpts)
            {
                text.Append('\u201C').Append(Shorten(citation.Excerpt.Text, excerptChars)).Append("\u201D \u2014 ");
            }

            text.Append(SourceLink(citation));
        }

        return text.ToString();
    }

    /// <summary>"Title › Section, p. 4" as a markdown link when the source has a URL, then when it was updated.</summary>
    public static string SourceLink(Citation citation)
    {
        var label = CitationLabel.Source(citation);
        var link = citation.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out _) ? $"[{label}]({url})" : label;
        return CitationLabel.Freshness(citation) is { } freshness
            ? $"{link} \u00B7 {(citation.MayBeOutOfDate ? $"*{freshness}*" : freshness)}"
            : link;
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="max"/> characters at a word boundary, marking the cut.</summary>
    public static string Shorten(string text, int max)
    {
        var flat = text.ReplaceLineEndings(" ");
        if (flat.Length <= max)
        {
            return flat;
        }

        var cut = flat.LastIndexOf(' ', Math.Max(0, max - 1));
        return (cut > max / 2 ? flat[..cut] : flat[..Math.Max(0, max - 1)]).TrimEnd() + "\u2026";
    }
}
