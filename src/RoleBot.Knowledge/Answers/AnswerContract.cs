using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleBot.Knowledge.Answers;

/// <summary>
/// The stable JSON form of an answer, shared by <c>ask --json</c>, the REST API and every channel's logs:
/// <c>{"question","answered","verdict","text","citations":[{"n","title","section","source","url","excerpt","score"}]}</c>.
/// </summary>
public sealed record AnswerContract(
    string Question,
    bool Answered,
    string? Verdict,
    string Text,
    IReadOnlyList<CitationContract> Citations)
{
    public static AnswerContract From(Answer answer) => new(
        answer.Question,
        answer.Answered,
        answer.Verdict?.ToString().ToLowerInvariant(),
        answer.Text,
        answer.Citations.Select(c => new CitationContract(c.N, c.Title, c.Section, c.Source, c.Url, c.Excerpt.Text, c.Score)).ToList());

    public string ToJson() => JsonSerializer.Serialize(this, AnswerContractJson.Default.AnswerContract);
}

/// <summary>One citation of <see cref="AnswerContract"/>; <c>source</c> is the path relative to the knowledge folder.</summary>
public sealed record CitationContract(int N, string Title, string Section, string Source, string? Url, string Excerpt, double Score);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AnswerContract))]
public sealed partial class AnswerContractJson : JsonSerializerContext;
