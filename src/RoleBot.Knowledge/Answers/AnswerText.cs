using System.Text;

namespace RoleBot.Knowledge.Answers;

/// <summary>The plain-text form of an answer (CLI, JSON "text", channel fallbacks).</summary>
public static class AnswerText
{
    public static string Render(string lead, IReadOnlyList<Citation> citations, RoleComparison? comparison)
    {
        var text = new StringBuilder(lead);
        if (comparison is not null)
        {
            text.Append('\n');
            foreach (var row in comparison.Rows)
            {
                var cells = comparison.Roles.Select((role, i) => $"{role} {(row.Cells[i] is { } n ? $"[{n}]" : "(not covered)")}");
                text.Append('\n').Append(row.Aspect).Append(": ").Append(string.Join("; ", cells));
            }
        }

        text.Append('\n');
        foreach (var citation in citations)
        {
            text.Append('\n').Append('[').Append(citation.N).Append("] ")
                .Append(Phrasing.Quote(citation.Excerpt.Text))
                .Append(" \u2014 ").Append(SourceLine(citation));
        }

        return text.ToString();
    }

    /// <summary>"Title › Section, p. 4 (url) · updated 2024-03-01" for one citation.</summary>
    public static string SourceLine(Citation citation)
    {
        var line = CitationLabel.Source(citation);
        line = citation.Url is null ? line : $"{line} ({citation.Url})";
        return CitationLabel.Freshness(citation) is { } freshness ? $"{line} \u00B7 {freshness}" : line;
    }
}
