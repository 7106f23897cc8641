using Microsoft.AspNetCore.Diagnostics;

namespace RoleBot.Channels.Teams;

/// <summary>
/// A status with no body at all: Bot Framework wants an empty 401 on failed authentication (and an empty 501 for an
/// unimplemented invoke), so the app-wide status-code pages must not add ProblemDetails here.
/// </summary>
internal sealed class EmptyResult(int statusCode) : IResult
{
    public static readonly EmptyResult Unauthorized = new(StatusCodes.Status401Unauthorized);
    public static readonly EmptyResult NotImplemented = new(StatusCodes.Status501NotImplemented);

    public Task ExecuteAsync(HttpContext httpContext)
    {
        if (httpContext.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        httpContext.Response.StatusCode = statusCode;
        return Task.CompletedTask;
    }
}
