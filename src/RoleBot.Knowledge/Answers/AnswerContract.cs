using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleBot.Knowledge.Answers;

/// <summary>
/// The stable JSON form of an answer, shared by <c>ask --json</c>, the REST API and every channel's logs:
/// <c>{"question","answered","verdict","text","citations":[{"n","title","section","source","url","excerpt","score","page","updated","mayBeOutOfDate"}]}</c>.
/// </summary>
public sealed record AnswerContract(
    string Question,
    bool Answered,
    string? Verdict,
    string Text,
    IReadOnlyList<CitationContract> Citations,
    CuratedContract? Curated = null)
{
    public static AnswerContract From(Answer answer) => new(
        answer.Question,
        answer.Answered,
        answer.Verdict?.ToString().ToLowerInvariant(),
        answer.Text,
        answer.Citations.Select(c => new CitationContract(c.N, c.Title, c.Section, c.Source, c.Url, c.Excerpt.Text, c.Score,
            c.Page, c.Updated is { } updated ? CitationLabel.Date(updated) : null, c.MayBeOutOfDate)).ToList(),
        answer.Curated is { } curated
            ? new CuratedContract(curated.Text, curated.Owner, curated.Updated is { } date ? CitationLabel.Date(date) : null, curated.Source, curated.Sources)
            : null);

    public string ToJson() => JsonSerializer.Serialize(this, AnswerContractJson.Default.AnswerContract);
}

/// <summary>
/// One citation of <see cref="AnswerContract"/>; <c>source</c> is the path relative to the knowledge folder, <c>page</c>
/// the PDF page (null for other documents), <c>updated</c> the document's date (yyyy-MM-dd, null when unknown) and
/// <c>mayBeOutOfDate</c> whether it is older than <c>Knowledge:StaleAfterDays</c>. Fields are only ever added at the end.
/// </summary>
public sealed record CitationContract(
    int N, string Title, string Section, string Source, string? Url, string Excerpt, double Score,
    int? Page = null, string? Updated = null, bool MayBeOutOfDate = false);

/// <summary>An expert's curated answer: its text (quoted verbatim), owner, date (yyyy-MM-dd) and file; null when none matched.</summary>
public sealed record CuratedContract(string Text, string? Owner, string? Updated, string Source, IReadOnlyList<string> Sources);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AnswerContract))]
public sealed partial class AnswerContractJson : JsonSerializerContext;
