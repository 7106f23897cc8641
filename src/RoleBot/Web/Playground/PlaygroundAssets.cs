using System.Collections.Frozen;
using System.IO.Hashing;
using Microsoft.Net.Http.Headers;

namespace RoleBot.Web.Playground;

/// <summary>
/// The playground page, script and stylesheet, embedded in the assembly (nothing is fetched from the internet at run
/// time) and served with a strict Content-Security-Policy that allows only this origin.
/// </summary>
internal static class PlaygroundAssets
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private sealed record Asset(byte[] Bytes, string ContentType, string ETag);

    private static readonly FrozenDictionary<string, Asset> Assets = Load();

    public static IEndpointRouteBuilder MapPlaygroundAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext http) => Serve(http, "index.html")).ExcludeFromDescription();
        endpoints.MapGet("/playground/{file}", (HttpContext http, string file) => Serve(http, file)).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Serve(HttpContext http, string file)
    {
        if (!Assets.TryGetValue(file, out var asset))
        {
            return TypedResults.NotFound();
        }

        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = "no-cache";
        headers.ETag = asset.ETag;
        headers["Referrer-Policy"] = "no-referrer";
        return http.Request.Headers.IfNoneMatch == asset.ETag
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Bytes(asset.Bytes, asset.ContentType);
    }

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(PlaygroundAssets).Assembly;
        const string prefix = "playground/";
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var file = name[prefix.Length..];
            var type = Path.GetExtension(file) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            assets[file] = new Asset(bytes, type, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(XxHash64.Hash(bytes))}\"").ToString());
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
