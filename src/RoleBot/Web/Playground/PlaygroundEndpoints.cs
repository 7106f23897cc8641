using Microsoft.Extensions.Options;
using RoleBot.Knowledge.Retrieval;
using RoleBot.State;

namespace RoleBot.Web.Playground;

/// <summary>The page's own API: full answers with follow-up context per browser session, feedback votes, examples.</summary>
internal static class PlaygroundEndpoints
{
    public const string Channel = "web";

    /// <summary>Limits of a feedback vote (the page sends what it showed; anything longer is not from the page).</summary>
    public const int MaxAnswerChars = 20_000, MaxCitations = 20, MaxCitationChars = 300, MaxCommentChars = 1_000, MaxSessionIdChars = 64;

    public static RouteGroupBuilder MapPlaygroundEndpoints(this RouteGroupBuilder api)
    {
        var playground = api.MapGroup("/playground").WithTags("Playground");
        playground.MapPost("/ask", AskAsync).WithSummary("Full answer for the playground page (not a stable contract)");
        playground.MapPost("/feedback", FeedbackAsync).WithSummary("Store a Helpful / Not helpful vote");
        playground.MapGet("/examples", (IOptions<WebOptions> options) => TypedResults.Json(new PlaygroundExamples(options.Value.EffectiveExamples), WebJson.Default.PlaygroundExamples))
            .WithSummary("Example questions to offer before the first answer");
        return api;
    }

    private static async Task<IResult> AskAsync(HttpContext http, AnswerRecorder recorder, IConversationStore conversations, IOptions<WebOptions> options)
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
        var previous = key is null ? null : await conversations.GetAsync(key, http.RequestAborted);
        var answer = await recorder.AskAsync(Channel, body.Question!, previous, http.RequestAborted);
        if (key is not null && answer.Context is not null)
        {
            await conversations.SetAsync(key, answer.Context, http.RequestAborted);
        }

        return TypedResults.Json(PlaygroundAnswer.From(answer), WebJson.Default.PlaygroundAnswer);
    }

    private static async Task<IResult> FeedbackAsync(HttpContext http, IFeedbackStore store, TimeProvider time, IOptions<WebOptions> options)
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

        await store.AddFeedbackAsync(
            new FeedbackRecord(time.GetUtcNow(), Channel, vote.Question!.Trim(), vote.AnswerText ?? "", citations, vote.Helpful!.Value, vote.Comment, UserId: null),
            http.RequestAborted);
        return TypedResults.NoContent();
    }

    private static bool IsSessionId(string id) =>
        id.Length is > 0 and <= MaxSessionIdChars && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
