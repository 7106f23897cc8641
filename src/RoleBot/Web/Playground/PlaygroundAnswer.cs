using RoleBot.Knowledge.Answers;

namespace RoleBot.Web.Playground;

/// <summary>
/// The playground's richer view of an <see cref="Answer"/>: everything in the stable contract plus highlights,
/// comparison table and suggestions. Not a stable API; <c>/api/ask</c> is.
/// </summary>
public sealed record PlaygroundAnswer(
    string Question,
    bool Answered,
    string Shape,
    string? Verdict,
    string Lead,
    string Text,
    string? CorrectedQuestion,
    IReadOnlyList<string> Roles,
    string? CompareQuestion,
    IReadOnlyList<string> Suggestions,
    IReadOnlyList<PlaygroundCitation> Citations,
    PlaygroundComparison? Comparison)
{
    public static PlaygroundAnswer From(Answer answer) => new(
        answer.Question,
        answer.Answered,
        answer.Shape.ToString().ToLowerInvariant(),
        answer.Verdict?.ToString().ToLowerInvariant(),
        answer.Lead,
        answer.Text,
        answer.CorrectedQuestion,
        answer.Roles,
        answer.CompareQuestion,
        answer.Suggestions,
        answer.Citations.Select(PlaygroundCitation.From).ToList(),
        answer.Comparison is { } table
            ? new PlaygroundComparison(table.Roles, table.Rows.Select(r => new PlaygroundComparisonRow(r.Aspect, r.Cells)).ToList())
            : null);
}

/// <summary>One numbered source; <see cref="Link"/> always opens: the document's URL, or RoleBot's own passage page.</summary>
public sealed record PlaygroundCitation(
    int N,
    string Title,
    string Section,
    string Source,
    string? Url,
    string Link,
    string Excerpt,
    IReadOnlyList<PlaygroundHighlight> Highlights,
    string PassageId,
    double Score)
{
    /// <summary>The PDF page the excerpt is on; null for documents without pages.</summary>
    public int? Page { get; init; }

    /// <summary>When the document was last updated (yyyy-MM-dd); null when unknown.</summary>
    public string? Updated { get; init; }

    /// <summary>True when the document is older than <c>Knowledge:StaleAfterDays</c>.</summary>
    public bool MayBeOutOfDate { get; init; }

    /// <summary>"updated 2024-03-01 · may be out of date", worded as every other channel words it.</summary>
    public string? Freshness { get; init; }

    public static PlaygroundCitation From(Citation c) => new(
        c.N,
        c.Title,
        c.Section,
        c.Source,
        c.Url,
        c.Url ?? PassagePage.LinkFor(c.PassageId),
        c.Excerpt.Text,
        c.Excerpt.Highlights.Select(h => new PlaygroundHighlight(h.Start, h.Length)).ToList(),
        c.PassageId,
        c.Score)
    {
        Page = c.Page,
        Updated = c.Updated is { } updated ? CitationLabel.Date(updated) : null,
        MayBeOutOfDate = c.MayBeOutOfDate,
        Freshness = CitationLabel.Freshness(c),
    };
}

/// <summary>A matched-term range inside <see cref="PlaygroundCitation.Excerpt"/> (UTF-16 offsets, as JavaScript strings count).</summary>
public sealed record PlaygroundHighlight(int Start, int Length);

public sealed record PlaygroundComparison(IReadOnlyList<string> Roles, IReadOnlyList<PlaygroundComparisonRow> Rows);

/// <summary>One aspect; each cell is the citation number quoted for that role, or null when the sources say nothing.</summary>
public sealed record PlaygroundComparisonRow(string Aspect, IReadOnlyList<int?> Cells);

public sealed record PlaygroundAskRequest(string? Question, string? SessionId);

public sealed record PlaygroundFeedbackRequest(string? Question, string? AnswerText, IReadOnlyList<string>? Citations, bool? Helpful, string? Comment);

public sealed record PlaygroundExamples(IReadOnlyList<string> Examples);
