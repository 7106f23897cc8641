namespace RoleBot.Knowledge.Documents;

/// <summary>A document read from the knowledge folder: its metadata and its sections in reading order.</summary>
public sealed record SourceDocument(
    string SourcePath,
    string Title,
    DocumentMetadata Metadata,
    IReadOnlyList<DocumentSection> Sections)
{
    /// <summary>A non-fatal problem met while reading (e.g. broken front matter read as text).</summary>
    public string? Warning { get; init; }
}

/// <summary>Front-matter facts about a document; every field is optional.</summary>
public sealed record DocumentMetadata(
    string? Source = null,
    string? Author = null,
    string? Url = null,
    IReadOnlyList<string>? Roles = null)
{
    public static DocumentMetadata Empty { get; } = new();

    /// <summary>
    /// When the document was last updated: front matter <c>updated</c> (or <c>last_updated</c>, <c>date</c>), a Word file's
    /// modified date, a PDF's ModDate; the loader falls back to the file's last-write time.
    /// </summary>
    public DateTimeOffset? Updated { get; init; }

    /// <summary>Front matter <c>tags:</c>; channel scopes (channels.yml) can limit a channel to tagged documents.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Front matter <c>owners:</c>: who answers for this document when RoleBot cannot (names in experts.yml).</summary>
    public IReadOnlyList<string> Owners { get; init; } = [];
}

/// <summary>A run of content under one heading path (e.g. "ML engineer > Responsibilities").</summary>
public sealed record DocumentSection(IReadOnlyList<string> HeadingPath, IReadOnlyList<string> Blocks)
{
    public string Path => string.Join(" > ", HeadingPath);

    /// <summary>For paged formats (PDF), the 1-based page each block starts on, aligned with <see cref="Blocks"/>; null otherwise.</summary>
    public IReadOnlyList<int>? Pages { get; init; }
}
