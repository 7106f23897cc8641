using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using RoleBot.Knowledge.Retrieval;
using RoleBot.Web;

namespace RoleBot.Experts.Web;

/// <summary>Body of <c>POST /api/playground/handoff</c>: the question, why, and the cited passages (for "not helpful").</summary>
public sealed record PlaygroundHandoffRequest(string? Question, string? Reason, IReadOnlyList<string>? Citations, string? SessionId);

/// <summary>Whether the playground offers "Ask an expert".</summary>
public sealed record PlaygroundExperts(bool Enabled);

/// <summary>A hand-off as the playground shows it (no addresses or ids of other people).</summary>
public sealed record PlaygroundHandoff(string Id, string State, string Question, string Message, string? Expert, string? Answer, DateTimeOffset? AnsweredAt, bool Saved)
{
    public static PlaygroundHandoff From(Handoff handoff, string message) => new(
        handoff.Id,
        SqliteHandoffStore.StateText(handoff.State),
        handoff.Question,
        message,
        handoff.State == HandoffState.Answered ? handoff.ExpertName ?? "An expert" : null,
        handoff.AnswerText,
        handoff.AnsweredAt,
        handoff.Saved);
}

/// <summary>
/// The playground's "Ask an expert": <c>POST /api/playground/handoff</c> starts a hand-off to the Slack or Teams
/// experts channel, <c>GET /api/playground/handoffs/{id}</c> is polled by the page until the expert answers,
/// <c>POST /api/playground/handoffs/{id}/save</c> saves the answer. Same access rule and rate limit as the API.
/// </summary>
internal static class PlaygroundHandoffEndpoints
{
    public const int MaxCitations = 20;

    public static RouteGroupBuilder MapPlaygroundHandoffs(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/playground").WithTags("Playground");
        group.MapGet("/experts", (ExpertsConfig config) => TypedResults.Json(new PlaygroundExperts(config.Enabled), ExpertsWebJson.Default.PlaygroundExperts))
            .WithSummary("Whether answers can offer \"Ask an expert\" (an experts.yml exists)");
        group.MapPost("/handoff", StartAsync).WithSummary("Ask an expert (the playground's button)");
        group.MapGet("/handoffs/{id}", GetAsync).WithSummary("A hand-off's state and, once answered, the expert's answer");
        group.MapPost("/handoffs/{id}/save", SaveAsync).WithSummary("Save an expert's answer as a curated answer");
        return api;
    }

    private static async Task<IResult> StartAsync(HttpContext http, HandoffService handoffs, ExpertsConfig config, IOptions<WebOptions> options)
    {
        var (body, problem) = await WebProblems.ReadJsonAsync(http, options.Value.MaxBodyBytes, ExpertsWebJson.Default.PlaygroundHandoffRequest);
        if (problem is not null)
        {
            return problem;
        }

        if (QuestionParser.Validate(body!.Question) is { } reason)
        {
            return WebProblems.BadQuestion(reason);
        }

        var citations = body.Citations ?? [];
        if (citations.Count > MaxCitations || citations.Any(c => c is null || c.Length > 300))
        {
            return WebProblems.BadBody($"citations holds at most {MaxCitations} ids of up to 300 characters.");
        }

        if (body.Reason is not (null or "not_covered" or "not_helpful"))
        {
            return WebProblems.BadBody("reason is not_covered or not_helpful.");
        }

        if (!config.Enabled)
        {
            return TypedResults.Problem("This RoleBot has no experts configured (experts.yml).", title: "No experts", statusCode: StatusCodes.Status404NotFound);
        }

        var request = new HandoffRequest(body.Question!, body.Reason == "not_helpful" ? HandoffReason.NotHelpful : HandoffReason.NotCovered, "web",
            null, null, new HandoffAddress { Platform = HandoffAddress.Web, SessionId = body.SessionId is { Length: <= 64 } s ? s : null }, null, citations);
        var start = await handoffs.StartAsync(request, http.RequestAborted);
        return TypedResults.Json(PlaygroundHandoff.From(start.Handoff, start.Message), ExpertsWebJson.Default.PlaygroundHandoff);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, HandoffService handoffs)
    {
        var handoff = await handoffs.GetAsync(id, http.RequestAborted);
        return handoff is null || handoff.Asker.Platform != HandoffAddress.Web
            ? NotFound()
            : TypedResults.Json(PlaygroundHandoff.From(handoff, Message(handoff)), ExpertsWebJson.Default.PlaygroundHandoff);
    }

    private static async Task<IResult> SaveAsync(string id, HttpContext http, HandoffService handoffs)
    {
        var (outcome, handoff) = await handoffs.SaveAsync(id, http.RequestAborted);
        return outcome switch
        {
            SaveOutcome.NotFound => NotFound(),
            SaveOutcome.NotAnswered => TypedResults.Problem("There is no answer to save yet.", title: "Not answered", statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Json(PlaygroundHandoff.From(handoff!, outcome == SaveOutcome.Saved ? HandoffMessages.Saved(handoff!.ExpertName ?? "an expert") : HandoffMessages.AlreadySaved),
                ExpertsWebJson.Default.PlaygroundHandoff),
        };
    }

    private static string Message(Handoff handoff) => handoff.State switch
    {
        HandoffState.Answered => HandoffMessages.Answered(handoff.ExpertName ?? "An expert", handoff.AnswerText ?? ""),
        HandoffState.Undelivered => HandoffMessages.Undelivered,
        HandoffState.TimedOut => "Nobody has answered yet. It stays with the experts; an answer will still show here.",
        _ => HandoffMessages.Sent(handoff),
    };

    private static IResult NotFound() =>
        TypedResults.Problem("No hand-off has this id.", title: "Hand-off not found", statusCode: StatusCodes.Status404NotFound);
}

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PlaygroundHandoffRequest))]
[JsonSerializable(typeof(PlaygroundHandoff))]
[JsonSerializable(typeof(PlaygroundExperts))]
internal sealed partial class ExpertsWebJson : JsonSerializerContext;
