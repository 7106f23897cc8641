using System.Globalization;

namespace RoleBot.Knowledge.Answers;

/// <summary>
/// The words every renderer prints beside a citation, so Teams, Slack, the playground and the terminal say the same:
/// "Title › Section, p. 4" and "updated 2024-03-01 · may be out of date".
/// </summary>
public static class CitationLabel
{
    /// <summary>What renderers print after the date of a document older than <c>Knowledge:StaleAfterDays</c>.</summary>
    public const string OutOfDate = "may be out of date";

    /// <summary>"Title › Section", with ", p. 4" for a PDF.</summary>
    public static string Source(Citation citation)
    {
        var line = citation.Section == "Introduction" ? citation.Title : $"{citation.Title} \u203A {citation.Section}";
        return citation.Page is { } page ? $"{line}, {PageLabel.Of(page)}" : line;
    }

    /// <summary>"updated 2024-03-01", then " · may be out of date" when stale; null when the date is unknown.</summary>
    public static string? Freshness(Citation citation) => citation.Updated is { } updated
        ? citation.MayBeOutOfDate ? $"updated {Date(updated)} \u00B7 {OutOfDate}" : $"updated {Date(updated)}"
        : null;

    /// <summary>The calendar date as the document gave it (yyyy-MM-dd, no time: a day is precise enough to judge age).</summary>
    public static string Date(DateTimeOffset when) => when.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Page references as printed in citations.</summary>
public static class PageLabel
{
    public static string Of(int page) => string.Create(CultureInfo.InvariantCulture, $"p. {page}");

    public static string Of(int first, int last) =>
        first == last ? Of(first) : string.Create(CultureInfo.InvariantCulture, $"pp. {first}\u2013{last}");
}
