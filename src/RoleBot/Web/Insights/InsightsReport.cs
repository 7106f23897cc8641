using System.Text.Json.Serialization;

namespace RoleBot.Web.Insights;

/// <summary>Everything the insights page shows, also served as JSON at <c>GET /api/insights</c>.</summary>
public sealed record InsightsReport(
    DateTimeOffset GeneratedAt,
    IReadOnlyList<QuestionCluster> Unanswered,
    IReadOnlyList<AskedQuestionRow> MostAsked,
    IReadOnlyList<WorstRatedRow> WorstRated,
    IReadOnlyList<DayVotes> Votes,
    IReadOnlyList<HandoffRow> Handoffs,
    IReadOnlyList<DocumentRow> Documents,
    int? StaleAfterDays);

/// <summary>A link to a cited passage: its document and section, and RoleBot's passage page (or the document's URL).</summary>
public sealed record PassageLink(string Title, string Link);

public sealed record AskedQuestionRow(string Question, int Count, int Unanswered, IReadOnlyList<PassageLink> Passages);

public sealed record WorstRatedRow(string Question, int NotHelpful, int Helpful, IReadOnlyList<PassageLink> Passages);

public sealed record DayVotes(DateOnly Day, int Helpful, int NotHelpful);

/// <summary>A hand-off without the asker's identity or addresses (the page is for the people who keep the documents).</summary>
public sealed record HandoffRow(string Id, string State, string Question, string Reason, string AskerChannel, DateTimeOffset AskedAt,
    IReadOnlyList<string> RoutedTo, string? Expert, DateTimeOffset? AnsweredAt, bool Saved, IReadOnlyList<PassageLink> Passages);

/// <summary>A document by when it last changed (the file's time); stale when older than Knowledge:StaleAfterDays.</summary>
public sealed record DocumentRow(string Source, string Title, DateTimeOffset LastModified, int AgeDays, bool Stale, PassageLink? FirstPassage);

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(InsightsReport))]
internal sealed partial class InsightsJson : JsonSerializerContext;
