using Microsoft.AspNetCore.Http.Features;

namespace RoleBot.Web;

/// <summary>ProblemDetails answers of the web endpoints: one clear line, never a stack trace.</summary>
internal static class WebProblems
{
    public static IResult BadQuestion(string reason) =>
        TypedResults.Problem(reason, title: "The question cannot be asked", statusCode: StatusCodes.Status400BadRequest);

    public static IResult BadBody(string reason) =>
        TypedResults.Problem(reason, title: "The request body is not valid", statusCode: StatusCodes.Status400BadRequest);

    public static IResult TooLarge(long limit) =>
        TypedResults.Problem($"The request body is larger than {limit:N0} bytes.", title: "Request too large", statusCode: StatusCodes.Status413PayloadTooLarge);

    /// <summary>503 while no knowledge could be loaded yet (missing or empty folder); the reason is the operator's one line.</summary>
    public static IResult KnowledgeUnavailable(string reason) =>
        TypedResults.Problem(reason, title: "The knowledge is not loaded", statusCode: StatusCodes.Status503ServiceUnavailable);

    public static IResult NotJson() =>
        TypedResults.Problem("Send the body as application/json.", title: "Unsupported media type", statusCode: StatusCodes.Status415UnsupportedMediaType);

    /// <summary>
    /// Reads a small JSON body with the web channel's own size limit; returns the value or the ProblemDetails to send.
    /// Reading it here (not through parameter binding) keeps malformed or oversized bodies a 4xx in every environment.
    /// </summary>
    public static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(HttpContext context, long limit, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
        where T : class
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        if (context.Request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        if (!context.Request.HasJsonContentType())
        {
            return (null, NotJson());
        }

        try
        {
            var value = await context.Request.ReadFromJsonAsync(type, context.RequestAborted);
            return value is null ? (null, BadBody("The body is JSON null; send an object.")) : (value, null);
        }
        catch (System.Text.Json.JsonException ex)
        {
            return (null, BadBody($"The body is not valid JSON for this endpoint ({ex.Path ?? "$"})."));
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(limit));
        }
    }
}
