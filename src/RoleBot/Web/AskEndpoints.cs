using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;
using RoleBot.State;

namespace RoleBot.Web;

/// <summary>
/// The stable REST API: <c>GET /api/ask?q=</c> and <c>POST /api/ask {"question"}</c> return exactly the
/// <see cref="AnswerContract"/> JSON that <c>ask --json</c> prints, byte for byte.
/// </summary>
internal static class AskEndpoints
{
    public const string Channel = "api";

    /// <summary>The contract's UTF-8 JSON per answer instance: a cached answer is serialized once, not per request.</summary>
    private static readonly ConditionalWeakTable<Answer, byte[]> ContractJson = new();

    public static RouteGroupBuilder MapAskEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/ask", (string? q, AnswerRecorder recorder, CancellationToken cancellationToken) => AnswerAsync(q, recorder, cancellationToken))
            .WithName("AskGet")
            .WithSummary("Answer a question (query string q)")
            .Produces<AnswerContract>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        api.MapPost("/ask", async (HttpContext http, AnswerRecorder recorder, IOptions<WebOptions> options) =>
        {
            var (body, problem) = await WebProblems.ReadJsonAsync(http, options.Value.MaxBodyBytes, WebJson.Default.AskRequest);
            return problem ?? await AnswerAsync(body!.Question, recorder, http.RequestAborted);
        })
            .WithName("AskPost")
            .WithSummary("Answer a question (JSON body {\"question\": \"...\"})")
            .Accepts<AskRequest>("application/json")
            .Produces<AnswerContract>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    private static async Task<IResult> AnswerAsync(string? question, AnswerRecorder recorder, CancellationToken cancellationToken)
    {
        if (QuestionParser.Validate(question) is { } reason)
        {
            return WebProblems.BadQuestion(reason);
        }

        try
        {
            var answer = await recorder.AskAsync(Channel, question!, null, cancellationToken);
            return Results.Bytes(ContractJson.GetValue(answer, a => Encoding.UTF8.GetBytes(AnswerContract.From(a).ToJson())), "application/json; charset=utf-8");
        }
        catch (KnowledgeLoadException ex)
        {
            return WebProblems.KnowledgeUnavailable(ex.Message);
        }
    }
}

/// <summary>Body of <c>POST /api/ask</c>.</summary>
public sealed record AskRequest(string? Question);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AskRequest))]
[JsonSerializable(typeof(Playground.PlaygroundAskRequest))]
[JsonSerializable(typeof(Playground.PlaygroundAnswer))]
[JsonSerializable(typeof(Playground.PlaygroundFeedbackRequest))]
[JsonSerializable(typeof(Playground.PlaygroundExamples))]
internal sealed partial class WebJson : JsonSerializerContext;
