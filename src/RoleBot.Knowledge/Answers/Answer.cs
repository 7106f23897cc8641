using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Answers;

/// <summary>
/// What RoleBot says to a question; every channel renders exactly this. Each sentence of <see cref="Text"/> is either a
/// fixed template line (verdict, "not covered", suggestions) or a quoted excerpt of a cited passage.
/// </summary>
public sealed record Answer
{
    public required string Question { get; init; }

    /// <summary>False when the knowledge does not cover the question; then <see cref="Citations"/> is empty.</summary>
    public required bool Answered { get; init; }

    public required QuestionShape Shape { get; init; }

    /// <summary>Yes/no questions only; null for other shapes and for unanswered questions.</summary>
    public Verdict? Verdict { get; init; }

    /// <summary>The template line that opens the answer ("Yes: the sources tie Spark to the ML engineer role [1].").</summary>
    public required string Lead { get; init; }

    /// <summary>The whole answer as plain text: the lead, then each numbered excerpt with its source.</summary>
    public required string Text { get; init; }

    /// <summary>Numbered from 1 in rank order; <c>[n]</c> in <see cref="Lead"/> refers to <c>Citations[n-1]</c>.</summary>
    public required IReadOnlyList<Citation> Citations { get; init; }

    /// <summary>Side-by-side evidence for comparison questions; null otherwise.</summary>
    public RoleComparison? Comparison { get; init; }

    /// <summary>Roles the question was understood to ask about (names as answers print them).</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Questions RoleBot can answer, offered when it cannot answer this one (and as follow-ups).</summary>
    public IReadOnlyList<string> Suggestions { get; init; } = [];

    /// <summary>The question after typo correction, when it differs from what was asked.</summary>
    public string? CorrectedQuestion { get; init; }

    /// <summary>What a follow-up ("what about data scientists?") in the same conversation builds on.</summary>
    public ConversationContext? Context { get; init; }

    /// <summary>The role the user may want to compare with ("compare with the other role"), if there is one.</summary>
    public string? OtherRole { get; init; }

    /// <summary>An expert's curated answer to this question, quoted first (its label and text open <see cref="Text"/>).</summary>
    public CuratedAnswer? Curated { get; init; }

    /// <summary>The question behind "compare with the other role" ("What is the difference between an ML engineer and a data scientist?").</summary>
    public string? CompareQuestion { get; init; }
}

/// <summary>The evidence-derived verdict of a yes/no question.</summary>
public enum Verdict
{
    Yes,
    No,
    Unclear,
}

/// <summary>One cited passage: where it comes from and the sentence or two quoted from it.</summary>
public sealed record Citation(
    int N,
    string Title,
    string Section,
    string Source,
    string? Url,
    Excerpt Excerpt,
    double Score,
    string PassageId,
    IReadOnlyList<string> Roles,
    string? Credit)
{
    /// <summary>The 1-based page the excerpt is on, for PDFs; null for documents without pages.</summary>
    public int? Page { get; init; }

    /// <summary>When the cited document was last updated; null when unknown.</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>True when the document is older than <c>Knowledge:StaleAfterDays</c>: renderers add "may be out of date".</summary>
    public bool MayBeOutOfDate { get; init; }
}

/// <summary>
/// A verbatim substring of a passage (<see cref="Start"/> and <see cref="Text"/> locate it in the passage text) with the
/// ranges of the words that matched the question, relative to <see cref="Text"/>, for renderers to highlight.
/// </summary>
public sealed record Excerpt(string Text, int Start, IReadOnlyList<Highlight> Highlights);

public readonly record struct Highlight(int Start, int Length);

/// <summary>A comparison table: one row per aspect, one column per role; each cell points at a citation number.</summary>
public sealed record RoleComparison(IReadOnlyList<string> Roles, IReadOnlyList<ComparisonRow> Rows);

public sealed record ComparisonRow(string Aspect, IReadOnlyList<int?> Cells);
