using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RoleBot.TestKit.BotFramework;

/// <summary>
/// Stands in for the Bot Framework token service and Entra ID on https://127.0.0.1: OpenID metadata, a JWKS whose key
/// carries <c>endorsements</c>, a client-credentials token endpoint for MSAL, and token minting with its own RSA key.
/// </summary>
public sealed class FakeTokenIssuer : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string KeyId = "fake-key-1";

    private readonly WebApplication _app;
    private RSA _rsa = RSA.Create(2048);
    private readonly LocalHttps _https;

    private FakeTokenIssuer(WebApplication app, LocalHttps https, IReadOnlyList<string> endorsements)
    {
        _app = app;
        _https = https;
        Endorsements = endorsements;
        SigningKey = new RsaSecurityKey(_rsa) { KeyId = KeyId };
    }

    /// <summary>Key rollover: a new RSA key under a new key id replaces the old one in the JWKS.</summary>
    public void RotateKey(string newKeyId)
    {
        var old = _rsa;
        _rsa = RSA.Create(2048);
        SigningKey = new RsaSecurityKey(_rsa) { KeyId = newKeyId };
        old.Dispose();
    }

    public Uri BaseAddress => new(_app.Urls.First().TrimEnd('/') + "/");

    public RsaSecurityKey SigningKey { get; private set; }

    public IReadOnlyList<string> Endorsements { get; }

    /// <summary>The only client secret the token endpoint accepts (null: any non-empty secret).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>When set, the OpenID metadata and JWKS endpoints answer this status instead (an outage).</summary>
    public int? MetadataFailureStatus { get; set; }

    /// <summary>GETs of the OpenID metadata and JWKS documents, failed ones included.</summary>
    public int MetadataRequests => _metadataRequests;

    private int _metadataRequests;

    /// <summary>Form fields of every token request MSAL sent.</summary>
    public ConcurrentQueue<IReadOnlyDictionary<string, string>> TokenRequests { get; } = new();

    public string ChannelMetadataUrl => new Uri(BaseAddress, "v1/.well-known/openidconfiguration").AbsoluteUri;

    public string EntraMetadataUrlTemplate => BaseAddress.AbsoluteUri + "{tenantId}/v2.0/.well-known/openid-configuration";

    public string AuthorityFor(string tenantId) => BaseAddress.AbsoluteUri + tenantId;

    public HttpMessageHandler CreateTrustingHandler() => _https.CreateTrustingHandler();

    public static async Task<FakeTokenIssuer> StartAsync(IReadOnlyList<string>? endorsements = null)
    {
        var https = new LocalHttps();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(https.Certificate)));
        var app = builder.Build();
        var issuer = new FakeTokenIssuer(app, https, endorsements ?? ["msteams", "webchat", "directline", "emulator"]);
        issuer.Map(app);
        await app.StartAsync();
        return issuer;
    }

    /// <summary>A channel token as Azure Bot Service sends it; every part can be spoiled for a rejection test.</summary>
    public string MintChannelToken(string audience, string serviceUrl, TokenShape? shape = null)
    {
        shape ??= new TokenShape();
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object> { ["serviceurl"] = shape.ServiceUrl ?? serviceUrl };
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = shape.Issuer ?? ChannelIssuer,
            Audience = audience,
            NotBefore = now + (shape.NotBeforeOffset ?? TimeSpan.FromMinutes(-1)),
            IssuedAt = now + (shape.NotBeforeOffset ?? TimeSpan.FromMinutes(-1)),
            Expires = now + (shape.ExpiresOffset ?? TimeSpan.FromMinutes(10)),
            Claims = claims,
            SigningCredentials = shape.AlgNone ? null : new SigningCredentials(shape.Key ?? SigningKey, shape.Algorithm ?? SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An Entra token: v2 (issuer login.microsoftonline.com, caller in azp) or v1 (sts.windows.net, caller in appid).</summary>
    public string MintEntraToken(string tenantId, string audience, string callerAppId, bool v1 = false)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = v1 ? $"https://sts.windows.net/{tenantId}/" : $"https://login.microsoftonline.com/{tenantId}/v2.0",
            Audience = audience,
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddMinutes(10),
            Claims = v1
                ? new Dictionary<string, object> { ["tid"] = tenantId, ["appid"] = callerAppId, ["ver"] = "1.0" }
                : new Dictionary<string, object> { ["tid"] = tenantId, ["azp"] = callerAppId, ["ver"] = "2.0" },
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>Waits until MSAL has asked for a token <paramref name="count"/> times.</summary>
    public async Task WaitForTokenRequestsAsync(int count, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (TokenRequests.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"only {TokenRequests.Count} token requests");
            }

            await Task.Delay(25, cancellationToken);
        }
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/v1/.well-known/openidconfiguration", () => Outage() ?? Results.Json(Metadata(ChannelIssuer, null)));
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
            Outage() ?? Results.Json(Metadata($"https://login.microsoftonline.com/{tenant}/v2.0", tenant)));
        app.MapGet("/keys", () =>
        {
            if (Outage() is { } outage)
            {
                return outage;
            }

            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(new RsaSecurityKey(_rsa.ExportParameters(false)) { KeyId = SigningKey.KeyId });
            var key = new JsonObject { ["kty"] = jwk.Kty, ["use"] = "sig", ["kid"] = jwk.Kid, ["n"] = jwk.N, ["e"] = jwk.E };
            key["endorsements"] = new JsonArray([.. Endorsements.Select(e => (JsonNode)e)]);
            return Results.Json(new JsonObject { ["keys"] = new JsonArray(key) });
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            TokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
            if (form["grant_type"] != "client_credentials" || string.IsNullOrEmpty(form["client_secret"])
                || (ClientSecret is not null && form["client_secret"] != ClientSecret))
            {
                return Results.Json(new { error = "invalid_client", error_description = "bad credentials" }, statusCode: 401);
            }

            return Results.Json(new { token_type = "Bearer", access_token = "outbound-" + Guid.NewGuid().ToString("N"), expires_in = 3600, ext_expires_in = 3600 });
        });
    }

    /// <summary>Counts a metadata or JWKS GET; the failure answer while <see cref="MetadataFailureStatus"/> is set.</summary>
    private IResult? Outage()
    {
        Interlocked.Increment(ref _metadataRequests);
        return MetadataFailureStatus is { } status ? Results.Text("metadata outage", statusCode: status) : null;
    }

    private JsonObject Metadata(string issuer, string? tenant) => new()
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = new Uri(BaseAddress, "keys").AbsoluteUri,
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint"] = new Uri(BaseAddress, $"{tenant ?? "botframework.com"}/oauth2/v2.0/token").AbsoluteUri,
        ["authorization_endpoint"] = new Uri(BaseAddress, $"{tenant ?? "botframework.com"}/oauth2/v2.0/authorize").AbsoluteUri,
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _rsa.Dispose();
        _https.Dispose();
    }
}

/// <summary>How a minted channel token deviates from a valid one.</summary>
public sealed record TokenShape
{
    public string? Issuer { get; init; }

    public string? ServiceUrl { get; init; }

    public TimeSpan? NotBeforeOffset { get; init; }

    public TimeSpan? ExpiresOffset { get; init; }

    public SecurityKey? Key { get; init; }

    public bool AlgNone { get; init; }

    /// <summary>Signing algorithm (default RS256); e.g. HS256 with a <see cref="SymmetricSecurityKey"/> as <see cref="Key"/>.</summary>
    public string? Algorithm { get; init; }
}
