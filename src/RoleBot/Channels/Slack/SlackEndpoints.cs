using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace RoleBot.Channels.Slack;

/// <summary>
/// POST /api/slack/events, /commands and /interactions. Each verifies Slack's signature over the raw body first
/// (401 ProblemDetails otherwise), acknowledges within Slack's 3 s and leaves the answer to <see cref="SlackReplyWorker"/>.
/// </summary>
public static class SlackEndpoints
{
    public const string Prefix = "/api/slack";

    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).DisableAntiforgery();
        group.MapPost("/events", EventsAsync);
        group.MapPost("/commands", CommandsAsync);
        group.MapPost("/interactions", InteractionsAsync);
        return endpoints;
    }

    private static async Task<IResult> EventsAsync(HttpContext http, SlackSignatureVerifier verifier, SlackEventProcessor handler)
    {
        var (body, error) = await ReadVerifiedAsync(http, verifier);
        if (error is not null)
        {
            return error;
        }

        using var document = SlackJson.TryParseObject(body!);
        if (document is null)
        {
            return BadRequest("The body is not a JSON object.");
        }

        var root = document.RootElement;
        if (root.Str("type") == "url_verification")
        {
            return root.Str("challenge") is { } challenge ? TypedResults.Text(challenge, "text/plain") : BadRequest("challenge is missing.");
        }

        return handler.Handle(root) switch
        {
            SlackEventOutcome.Accepted => TypedResults.Ok(),
            SlackEventOutcome.Busy => TypedResults.Problem("RoleBot is busy; deliver again later.", statusCode: StatusCodes.Status503ServiceUnavailable),
            _ => BadRequest("Not an Events API payload."),
        };
    }

    private static async Task<IResult> CommandsAsync(HttpContext http, SlackSignatureVerifier verifier, SlackCommandHandler handler)
    {
        var (body, error) = await ReadVerifiedAsync(http, verifier, allowSslCheck: true);
        if (error is not null)
        {
            return error;
        }

        if (!IsForm(http.Request))
        {
            return BadRequest("Slash commands are form-encoded.");
        }

        var reply = handler.Handle(ParseForm(body!));
        return reply is null ? BadRequest("command is missing.") : Results.Content(reply.ToJsonString(), "application/json", Encoding.UTF8);
    }

    private static async Task<IResult> InteractionsAsync(HttpContext http, SlackSignatureVerifier verifier, SlackInteractionHandler handler)
    {
        var (body, error) = await ReadVerifiedAsync(http, verifier);
        if (error is not null)
        {
            return error;
        }

        if (!IsForm(http.Request) || !ParseForm(body!).TryGetValue("payload", out var payload))
        {
            return BadRequest("Interactions are a form with a payload field.");
        }

        using var document = SlackJson.TryParseObject(payload);
        return document is not null && handler.Handle(document.RootElement) ? TypedResults.Ok() : BadRequest("payload is not an interaction.");
    }

    /// <summary>The raw body as text once the signature over its exact bytes checks out, else a 4xx result.</summary>
    private static async Task<(string? Body, IResult? Error)> ReadVerifiedAsync(HttpContext http, SlackSignatureVerifier verifier, bool allowSslCheck = false)
    {
        byte[] bytes;
        try
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
            bytes = buffer.ToArray();
        }
        catch (BadHttpRequestException ex)
        {
            return (null, TypedResults.Problem(ex.Message, statusCode: ex.StatusCode));
        }

        var body = Encoding.UTF8.GetString(bytes);

        // Slack's ssl_check probe carries no question and does nothing here; Bolt answers it before verifying too.
        if (allowSslCheck && IsForm(http.Request) && ParseForm(body).GetValueOrDefault("ssl_check") == "1")
        {
            return (null, TypedResults.Ok());
        }

        var headers = http.Request.Headers;
        var problem = verifier.Verify(headers[SlackSignatureVerifier.TimestampHeader], headers[SlackSignatureVerifier.SignatureHeader], bytes);
        return problem is null
            ? (body, null)
            : (null, TypedResults.Problem(problem, statusCode: StatusCodes.Status401Unauthorized, title: "Slack request not verified"));
    }

    private static bool IsForm(HttpRequest request) =>
        request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;

    private static Dictionary<string, string> ParseForm(string body) =>
        QueryHelpers.ParseQuery(body).ToDictionary(kv => kv.Key, kv => kv.Value.ToString(), StringComparer.Ordinal);

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad Slack request");
}
