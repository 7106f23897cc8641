using System.Text.Json;
using Microsoft.Extensions.Options;

namespace RoleBot.Channels.Teams;

/// <summary>
/// POST /api/messages, the Bot Framework messaging endpoint (Teams, Web Chat, Direct Line, emulator). Order of checks:
/// bearer header (when authentication is on), JSON Activity with a type, token against the activity, serviceUrl policy.
/// </summary>
internal static partial class TeamsEndpoints
{
    public const string Route = "/api/messages";

    public static async Task<IResult> HandleAsync(
        HttpContext http,
        IOptions<BotFrameworkOptions> options,
        BotFrameworkAuthenticator authenticator,
        ActivityDispatcher dispatcher,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(TeamsEndpoints).FullName!);
        var authOn = options.Value.AuthenticationEnabled;
        var authorization = http.Request.Headers.Authorization.ToString();
        if (authOn && string.IsNullOrEmpty(authorization))
        {
            return EmptyResult.Unauthorized;
        }

        if (!http.Request.HasJsonContentType())
        {
            return Problem("The body must be a JSON Bot Framework Activity (Content-Type: application/json).", StatusCodes.Status415UnsupportedMediaType);
        }

        Activity? activity;
        try
        {
            // Parsed as a document first so a duplicate key anywhere (value, entities...) is a JsonException here: the
            // serializer's own duplicate check does not reach JsonNode members, and a JsonObject holding a duplicate
            // key throws on first use, deep inside a handler.
            using var document = await JsonDocument.ParseAsync(http.Request.Body, JsonFields.Strict, http.RequestAborted);
            activity = document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.Deserialize(ActivityJson.Default.Activity)
                : throw new JsonException("The body is not a JSON object.");
        }
        catch (JsonException ex)
        {
            return Problem($"The body is not a valid Activity: {ex.Message.Split('.')[0]}.");
        }
        catch (BadHttpRequestException ex)
        {
            return Problem(ex.Message, ex.StatusCode);
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Problem("The Activity has no type.");
        }

        try
        {
            if (authOn && await authenticator.AuthenticateAsync(authorization, activity, http.RequestAborted) is { } reason)
            {
                LogUnauthorized(logger, reason, activity.ChannelId);
                return EmptyResult.Unauthorized;
            }
        }
        catch (SigningKeysUnavailableException)
        {
            return Problem("RoleBot cannot read the Bot Framework signing keys right now; retry later.", StatusCodes.Status503ServiceUnavailable);
        }

        Uri? serviceUrl = null;
        if (!string.IsNullOrEmpty(activity.ServiceUrl))
        {
            if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out serviceUrl) || serviceUrl.Scheme is not ("https" or "http"))
            {
                return Problem("serviceUrl must be an absolute http(s) URL.");
            }

            // Without authentication nothing vouches for the serviceUrl: only local ones (emulator, offline-directline).
            if (!authOn && !serviceUrl.IsLoopback)
            {
                return Problem("Authentication is off (no MicrosoftAppId), so RoleBot only replies to a loopback serviceUrl.", StatusCodes.Status403Forbidden);
            }
        }

        return await dispatcher.DispatchAsync(activity, serviceUrl, http.RequestAborted);
    }

    public static IResult Problem(string detail, int status = StatusCodes.Status400BadRequest, string? title = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title ?? status switch
        {
            400 => "Invalid activity",
            403 => "serviceUrl not allowed",
            413 => "Activity too large",
            415 => "Unsupported media type",
            503 => "Authentication unavailable",
            _ => "Request refused",
        });

    [LoggerMessage(3001, LogLevel.Warning, "Rejected an activity on /api/messages ({ChannelId}): {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string reason, string? channelId);
}
