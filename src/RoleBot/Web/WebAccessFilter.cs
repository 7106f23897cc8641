using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace RoleBot.Web;

/// <summary>
/// Authenticates the web API: a matching <c>X-Api-Key</c> / <c>Authorization: Bearer</c> header when
/// <see cref="WebOptions.ApiKey"/> is set; otherwise open only in Development or with <see cref="WebOptions.AllowAnonymous"/>.
/// </summary>
internal sealed class WebAccessFilter(IOptions<WebOptions> options, IHostEnvironment environment) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var web = options.Value;
        if (string.IsNullOrEmpty(web.ApiKey))
        {
            return web.AllowAnonymous || environment.IsDevelopment()
                ? await next(context)
                : Unauthorized("This RoleBot has no web access configured: the operator sets Web:ApiKey, or Web:AllowAnonymous=true for a public playground.");
        }

        var presented = PresentedKey(context.HttpContext.Request);
        return presented is not null && FixedTimeEquals(presented, web.ApiKey)
            ? await next(context)
            : Unauthorized("Send the access key in the X-Api-Key header (or Authorization: Bearer).");
    }

    private static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue("X-Api-Key", out var key) && key.Count == 1)
        {
            return key[0];
        }

        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization[7..].Trim() : null;
    }

    private static bool FixedTimeEquals(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));

    private static IResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, title: "Access key required", statusCode: StatusCodes.Status401Unauthorized);
}
