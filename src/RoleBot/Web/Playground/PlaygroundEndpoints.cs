using Microsoft.Extensions.Options;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;
using RoleBot.State;

namespace RoleBot.Web.Playground;

/// <summary>The page's own API: full answers with follow-up context per browser session, feedback votes, examples.</summary>
internal static partial class PlaygroundEndpoints
{
    public const string Channel = "web";

    /// <summary>Limits of a feedback vote (the page sends what it showed; anything longer is not from the page).</summary>
    public const int MaxAnswerChars = 20_000, MaxCitations = 20, MaxCitationChars = 300, MaxCommentChars = 1_000, MaxSessionIdChars = 64;

    public static RouteGroupBuilder MapPlaygroundEndpoints(this RouteGroupBuilder api)
    {
        var playground = api.MapGroup("/playground").WithTags("Playground");
        playground.MapPost("/ask", AskAsync)
            .WithName("PlaygroundAsk")
            .WithSummary("Full answer for the playground page (not a stable contract)")
            .Accepts<PlaygroundAskRequest>("application/json")
            .Produces<PlaygroundAnswer>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        playground.MapPost("/feedback", FeedbackAsync)
            .WithName("PlaygroundFeedback")
            .WithSummary("Store a Helpful / Not helpful vote")
            .Accepts<PlaygroundFeedbackRequest>("application/json")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        playground.MapGet("/examples", (IOptions<WebOptions> options) => TypedResults.Json(new PlaygroundExamples(options.Value.EffectiveExamples), WebJson.Default.PlaygroundExamples))
            .WithName("PlaygroundExamples")
            .WithSummary("Example questions to offer before the first answer")
            .Produces<PlaygroundExamples>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return api;
    }

    private static async Task<IResult> AskAsync(HttpContext http, AnswerRecorder recorder, IConversationStore conversations, IOptions<WebOptions> options, ILoggerFactory loggers)
    {
        var (body, problem) = await WebProblems.ReadJsonAsync(http, options.Value.MaxBodyBytes, WebJson.Default.PlaygroundAskRequest);
        if (problem is not null)
        {
            return problem;
        }

        if (QuestionParser.Validate(body!.Question) is { } reason)
        {
            return WebProblems.BadQuestion(reason);
        }

        if (body.SessionId is { } id && !IsSessionId(id))
        {
            return WebProblems.BadBody($"sessionId must be 1 to {MaxSessionIdChars} letters, digits or '-'.");
        }

        var key = body.SessionId is null ? null : "web:" + body.SessionId;
        var previous = key is null ? null : await StateOrDefaultAsync(() => conversations.GetAsync(key, http.RequestAborted).AsTask(), loggers);
        Answer answer;
        try
        {
            answer = await recorder.AskAsync(Channel, body.Question!, previous, http.RequestAborted);
        }
        catch (KnowledgeLoadException ex)
        {
            return WebProblems.KnowledgeUnavailable(ex.Message);
        }

        if (key is not null && answer.Context is not null)
        {
            await StateOrDefaultAsync(async () => { await conversations.SetAsync(key, answer.Context, http.RequestAborted); return true; }, loggers);
        }

        return TypedResults.Json(PlaygroundAnswer.From(answer), WebJson.Default.PlaygroundAnswer);
    }

    private static async Task<IResult> FeedbackAsync(HttpContext http, IFeedbackStore store, TimeProvider time, IOptions<WebOptions> options, ILoggerFactory loggers)
    {
        var (vote, problem) = await WebProblems.ReadJsonAsync(http, options.Value.MaxBodyBytes, WebJson.Default.PlaygroundFeedbackRequest);
        if (problem is not null)
        {
            return problem;
        }

        if (QuestionParser.Validate(vote!.Question) is { } reason)
        {
            return WebProblems.BadQuestion(reason);
        }

        var citations = vote.Citations ?? [];
        var invalid = vote.Helpful is null ? "helpful (true or false) is required."
            : vote.AnswerText?.Length > MaxAnswerChars ? $"answerText is longer than {MaxAnswerChars:N0} characters."
            : citations.Count > MaxCitations || citations.Any(c => c is null || c.Length > MaxCitationChars) ? $"citations holds at most {MaxCitations} ids of up to {MaxCitationChars} characters."
            : vote.Comment?.Length > MaxCommentChars ? $"comment is longer than {MaxCommentChars:N0} characters."
            : null;
        if (invalid is not null)
        {
            return WebProblems.BadBody(invalid);
        }

        var record = new FeedbackRecord(time.GetUtcNow(), Channel, vote.Question!.Trim(), vote.AnswerText ?? "", citations, vote.Helpful!.Value, vote.Comment, UserId: null);
        var stored = await StateOrDefaultAsync(async () => { await store.AddFeedbackAsync(record, http.RequestAborted); return true; }, loggers);
        return stored
            ? TypedResults.NoContent()
            : TypedResults.Problem("The vote could not be stored right now; try again in a moment.", title: "Feedback store unavailable", statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>
    /// Runs a state-store call; when the store (SQLite file, Redis) fails, logs one line and returns default, so an
    /// outage costs follow-up context or a vote, never the answer or a 500.
    /// </summary>
    private static async Task<T?> StateOrDefaultAsync<T>(Func<Task<T>> call, ILoggerFactory loggers)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStateFailed(loggers.CreateLogger(typeof(PlaygroundEndpoints).FullName!), ex.GetType().Name, ex.Message);
            return default;
        }
    }

    [LoggerMessage(3101, LogLevel.Warning, "Playground state store failed ({Type}): {Reason}")]
    private static partial void LogStateFailed(ILogger logger, string type, string reason);

    private static bool IsSessionId(string id) =>
        id.Length is > 0 and <= MaxSessionIdChars && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
