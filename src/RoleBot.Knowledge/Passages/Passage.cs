namespace RoleBot.Knowledge.Passages;

/// <summary>
/// The unit RoleBot searches and cites: the text under one heading of one document.
/// <see cref="Text"/> holds the section's blocks separated by new lines; every excerpt is a substring of it.
/// </summary>
public sealed record Passage(
    string Id,
    string DocumentTitle,
    string Section,
    string SourcePath,
    string? Url,
    string Text,
    IReadOnlyList<string> Roles,
    string? Credit)
{
    /// <summary>Position in the knowledge base (Lucene doc values point back here).</summary>
    public int Ordinal { get; init; }

    /// <summary>1 for the first passage of its document, 2 for the next, and so on.</summary>
    public int Position { get; init; }

    /// <summary>0 for the first passage of its section, 1 for the next part of a long section, and so on.</summary>
    public int Part { get; init; }

    /// <summary>
    /// For paged documents (PDF), the 1-based page each line of <see cref="Text"/> starts on (lines are separated by
    /// '\n'); null for documents without pages.
    /// </summary>
    public IReadOnlyList<int>? Pages { get; init; }

    /// <summary>When the passage's document was last updated (see <see cref="Documents.DocumentMetadata.Updated"/>).</summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The page that the text at <paramref name="offset"/> of <see cref="Text"/> is on; null for documents without pages.</summary>
    public int? PageAt(int offset)
    {
        if (Pages is not { Count: > 0 } pages)
        {
            return null;
        }

        var line = Text.AsSpan(0, Math.Clamp(offset, 0, Text.Length)).Count('\n');
        return pages[Math.Min(line, pages.Count - 1)];
    }

    /// <summary>"p. 4" or "pp. 4–5" for the whole passage; null for documents without pages.</summary>
    public string? PageRange() => Pages is { Count: > 0 } pages
        ? Answers.PageLabel.Of(pages.Min(), pages.Max())
        : null;

    /// <summary>Its document's front matter <c>tags:</c> (for channel scopes).</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Its document's front matter <c>owners:</c> (who an expert hand-off goes to).</summary>
    public IReadOnlyList<string> Owners { get; init; } = [];
}
