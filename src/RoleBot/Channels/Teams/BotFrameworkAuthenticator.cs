using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Validates the bearer token Azure Bot Service (or the emulator / a single-tenant Entra caller) sends with each
/// activity, in the order of the Connector authentication spec: header, issuer routing, signature with the
/// metadata's keys, lifetime (5 min skew), issuer, audience, key endorsement of the channel, serviceurl claim.
/// </summary>
internal sealed partial class BotFrameworkAuthenticator(
    IOptions<BotFrameworkOptions> options,
    IHttpClientFactory httpClients,
    SigningKeyEndorsements endorsements,
    TimeProvider time,
    ILogger<BotFrameworkAuthenticator> logger)
{
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    // Tenants whose tokens the Bot Framework Emulator carries (public and US Gov clouds).
    private static readonly string[] EmulatorTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "cab8a31a-1906-4287-a0d8-4eef66b95f6e"];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> _metadata = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _forcedRefresh = new(StringComparer.Ordinal);
    private readonly BotFrameworkOptions _options = options.Value;

    private static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromMinutes(1);

    /// <summary>Null when the request is authentic for <paramref name="activity"/>; otherwise the reason (for logs only).</summary>
    public async Task<string?> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        var parts = authorization?.Split(' ');
        if (parts is not [var scheme, var token] || !string.Equals(scheme, "Bearer", StringComparison.OrdinalIgnoreCase) || token.Length == 0)
        {
            return "no bearer token";
        }

        string issuer;
        string? tenantId;
        try
        {
            var unvalidated = new JsonWebToken(token);
            issuer = unvalidated.Issuer;
            tenantId = unvalidated.TryGetClaim("tid", out var tid) ? tid.Value : null;
        }
        catch (ArgumentException)
        {
            return "malformed token";
        }

        try
        {
            if (string.Equals(issuer, _options.ChannelIssuer, StringComparison.Ordinal))
            {
                return await ValidateChannelTokenAsync(token, activity, cancellationToken);
            }

            if (EntraIssuers(tenantId).Contains(issuer, StringComparer.Ordinal))
            {
                return await ValidateEntraTokenAsync(token, issuer, tenantId!, activity, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or System.Text.Json.JsonException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Metadata or JWKS unreachable: our problem, not the caller's; the channel retries on 503.
            LogKeysUnavailable(logger, ex.GetType().Name);
            throw new SigningKeysUnavailableException();
        }

        return "untrusted issuer";
    }

    private async Task<string?> ValidateChannelTokenAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var (result, config) = await ValidateAsync(token, _options.ChannelMetadataUrl, [_options.ChannelIssuer], [_options.MicrosoftAppId!], cancellationToken);
        if (!result.IsValid)
        {
            return result.Exception?.GetType().Name ?? "invalid token";
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (!string.IsNullOrEmpty(activity.ChannelId))
        {
            var endorsed = await endorsements.ForKeyAsync(config.JwksUri, jwt.Kid, _options.KeyRefreshInterval, cancellationToken);
            if (endorsed is null || !endorsed.Contains(activity.ChannelId, StringComparer.OrdinalIgnoreCase))
            {
                return "signing key not endorsed for channel";
            }
        }

        return ServiceUrlMatches(jwt, activity, required: true) ? null : "serviceurl claim mismatch";
    }

    private async Task<string?> ValidateEntraTokenAsync(string token, string issuer, string tenantId, Activity activity, CancellationToken cancellationToken)
    {
        var appId = _options.MicrosoftAppId!;
        var metadataUrl = _options.EntraMetadataUrl.Replace("{tenantId}", tenantId, StringComparison.Ordinal);
        var (result, _) = await ValidateAsync(token, metadataUrl, [issuer], [appId, $"api://{appId}", $"api://botid-{appId}"], cancellationToken);
        if (!result.IsValid)
        {
            return result.Exception?.GetType().Name ?? "invalid token";
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (EmulatorTenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase))
        {
            // Emulator tokens name the bot itself as the caller: appid (v1) or azp (v2).
            var version = jwt.TryGetClaim("ver", out var ver) ? ver.Value : "1.0";
            var caller = version switch { "1.0" => Claim(jwt, "appid"), "2.0" => Claim(jwt, "azp"), _ => null };
            if (!string.Equals(caller, appId, StringComparison.Ordinal))
            {
                return "emulator token for another app";
            }
        }

        // Entra tokens carry no serviceurl claim: only a loopback serviceUrl (the emulator's) is trusted without it.
        return ServiceUrlMatches(jwt, activity, required: false) ? null : "serviceurl not bound to the token";
    }

    private async Task<(TokenValidationResult Result, OpenIdConnectConfiguration Config)> ValidateAsync(
        string token, string metadataUrl, string[] issuers, string[] audiences, CancellationToken cancellationToken)
    {
        var metadata = Metadata(metadataUrl);
        var config = await metadata.GetConfigurationAsync(cancellationToken);
        var result = await ValidateWithAsync(token, config, issuers, audiences);

        // An unknown key id may mean the keys rolled over. The manager refreshes in the background, so this request
        // re-reads the metadata itself, at most once a minute per URL (a forged key id must not make RoleBot a fetcher).
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException && BeginForcedRefresh(metadataUrl))
        {
            metadata.RequestRefresh();
            config = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl,
                new HttpDocumentRetriever(httpClients.CreateClient(SigningKeyEndorsements.HttpClientName)), cancellationToken);
            result = await ValidateWithAsync(token, config, issuers, audiences);
        }

        if (!result.IsValid)
        {
            LogRejected(logger, result.Exception?.Message ?? "invalid");
        }

        return (result, config);
    }

    private Task<TokenValidationResult> ValidateWithAsync(string token, OpenIdConnectConfiguration config, string[] issuers, string[] audiences) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudiences = audiences,
            IssuerSigningKeys = config.SigningKeys,
            ValidAlgorithms = Algorithms,
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            TryAllIssuerSigningKeys = false,
        });

    private bool BeginForcedRefresh(string metadataUrl)
    {
        var now = time.GetUtcNow();
        var last = _forcedRefresh.GetOrAdd(metadataUrl, DateTimeOffset.MinValue);
        return now - last >= ForcedRefreshInterval && _forcedRefresh.TryUpdate(metadataUrl, now, last);
    }

    private static bool ServiceUrlMatches(JsonWebToken jwt, Activity activity, bool required)
    {
        var claim = Claim(jwt, "serviceurl");
        if (claim is null)
        {
            return !required && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) && url.IsLoopback;
        }

        return string.Equals(claim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase);
    }

    private static string? Claim(JsonWebToken jwt, string type) => jwt.TryGetClaim(type, out var claim) ? claim.Value : null;

    private IEnumerable<string> EntraIssuers(string? tenantId)
    {
        if (string.IsNullOrEmpty(tenantId) || !Guid.TryParse(tenantId, out _))
        {
            yield break;
        }

        // Only the bot's own tenant and the emulator's tenants: any other tenant's app is not a caller of this bot.
        if (string.Equals(tenantId, _options.MicrosoftAppTenantId, StringComparison.OrdinalIgnoreCase)
            || EmulatorTenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase))
        {
            yield return $"https://sts.windows.net/{tenantId}/";
            yield return $"https://login.microsoftonline.com/{tenantId}/v2.0";
        }
    }

    private ConfigurationManager<OpenIdConnectConfiguration> Metadata(string url) => _metadata.GetOrAdd(url, u =>
        new ConfigurationManager<OpenIdConnectConfiguration>(u, new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(httpClients.CreateClient(SigningKeyEndorsements.HttpClientName)))
        {
            AutomaticRefreshInterval = _options.KeyRefreshInterval,
            RefreshInterval = TimeSpan.FromMinutes(1),
        });

    [LoggerMessage(3102, LogLevel.Error, "Bot Framework signing keys could not be read ({Error}); answering 503")]
    private static partial void LogKeysUnavailable(ILogger logger, string error);

    [LoggerMessage(3101, LogLevel.Warning, "Bot Framework token rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);
}

/// <summary>The OpenID metadata or JWKS could not be fetched, so no token can be checked right now.</summary>
public sealed class SigningKeysUnavailableException() : Exception("Bot Framework signing keys are unavailable");
