using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Validates the bearer token Azure Bot Service (or the emulator / an allowed Entra caller) sends with each activity,
/// in the order of the Connector authentication spec: header, issuer routing, the checks that need no key
/// (<see cref="TokenPrechecks"/>: algorithm, lifetime, audience, calling app), signature with the metadata's keys,
/// issuer, audience, key endorsement of the channel, serviceurl claim.
/// </summary>
internal sealed partial class BotFrameworkAuthenticator(
    IOptions<BotFrameworkOptions> options,
    IHttpClientFactory httpClients,
    SigningKeyEndorsements endorsements,
    TimeProvider time,
    ILogger<BotFrameworkAuthenticator> logger)
{
    // Tenants whose tokens the Bot Framework Emulator carries (public and US Gov clouds).
    private static readonly string[] EmulatorTenants = ["d6d49420-f39b-4df7-a1dc-d59a935871db", "f8cdef31-a31e-4b4a-93e4-5f571e91255a", "cab8a31a-1906-4287-a0d8-4eef66b95f6e"];

    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> _metadata = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ForcedRefresh> _forcedRefresh = new(StringComparer.Ordinal);
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

        JsonWebToken unvalidated;
        try
        {
            unvalidated = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return "malformed token";
        }

        var issuer = unvalidated.Issuer;
        var tenantId = TokenPrechecks.Claim(unvalidated, "tid");
        try
        {
            if (string.Equals(issuer, _options.ChannelIssuer, StringComparison.Ordinal))
            {
                return await ValidateChannelTokenAsync(token, unvalidated, activity, cancellationToken);
            }

            if (EntraIssuers(tenantId).Contains(issuer, StringComparer.Ordinal))
            {
                return await ValidateEntraTokenAsync(token, unvalidated, issuer, tenantId!, activity, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or IOException or System.Text.Json.JsonException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            // Metadata or JWKS unreachable or failing (IdentityModel reports an HTTP error status as IOException
            // IDX20807): our problem, not the caller's; the channel retries on 503.
            LogKeysUnavailable(logger, ex.GetType().Name);
            throw new SigningKeysUnavailableException();
        }

        return "untrusted issuer";
    }

    private async Task<string?> ValidateChannelTokenAsync(string token, JsonWebToken unvalidated, Activity activity, CancellationToken cancellationToken)
    {
        string[] audiences = [_options.MicrosoftAppId!];
        if (TokenPrechecks.Problem(unvalidated, audiences, time.GetUtcNow()) is { } problem)
        {
            return problem;
        }

        var (result, config) = await ValidateAsync(token, _options.ChannelMetadataUrl, [_options.ChannelIssuer], audiences, cancellationToken);
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

    private async Task<string?> ValidateEntraTokenAsync(string token, JsonWebToken unvalidated, string issuer, string tenantId, Activity activity, CancellationToken cancellationToken)
    {
        var appId = _options.MicrosoftAppId!;
        string[] audiences = [appId, $"api://{appId}", $"api://botid-{appId}"];
        if ((TokenPrechecks.Problem(unvalidated, audiences, time.GetUtcNow()) ?? CallerProblem(unvalidated, tenantId)) is { } problem)
        {
            return problem;
        }

        var metadataUrl = _options.EntraMetadataUrl.Replace("{tenantId}", tenantId, StringComparison.Ordinal);
        var (result, _) = await ValidateAsync(token, metadataUrl, [issuer], audiences, cancellationToken);
        if (!result.IsValid)
        {
            return result.Exception?.GetType().Name ?? "invalid token";
        }

        var jwt = (JsonWebToken)result.SecurityToken;
        if (CallerProblem(jwt, tenantId) is { } caller)
        {
            return caller;
        }

        // Entra tokens carry no serviceurl claim: only a loopback serviceUrl (the emulator's) is trusted without it.
        return ServiceUrlMatches(jwt, activity, required: false) ? null : "serviceurl not bound to the token";
    }

    /// <summary>
    /// Any app of a tenant can get a token for this bot's audience, so an Entra caller must be this bot itself (the
    /// emulator signed in with the bot's own credentials) or an app listed in MicrosoftAppAllowedCallers; in the
    /// emulator's shared tenants only this bot itself.
    /// </summary>
    private string? CallerProblem(JsonWebToken jwt, string tenantId)
    {
        var caller = TokenPrechecks.EntraCaller(jwt);
        if (string.Equals(caller, _options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return !EmulatorTenants.Contains(tenantId, StringComparer.OrdinalIgnoreCase)
            && caller is not null && _options.AllowedCallers.Contains(caller, StringComparer.OrdinalIgnoreCase)
            ? null
            : "caller app not allowed";
    }

    private async Task<(TokenValidationResult Result, OpenIdConnectConfiguration Config)> ValidateAsync(
        string token, string metadataUrl, string[] issuers, string[] audiences, CancellationToken cancellationToken)
    {
        var metadata = Metadata(metadataUrl);
        var config = await metadata.GetConfigurationAsync(cancellationToken);
        var result = await ValidateWithAsync(token, config, issuers, audiences);

        // An unknown key id may mean the keys rolled over. The manager refreshes in the background, so this request
        // re-reads the metadata itself, at most once a minute per URL (a forged key id must not make RoleBot a fetcher).
        // While the last such re-read failed, an unknown key cannot be checked (503) rather than being forged (401).
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            if (BeginForcedRefresh(metadataUrl))
            {
                metadata.RequestRefresh();
                config = await RereadAsync(metadataUrl, cancellationToken);
                result = await ValidateWithAsync(token, config, issuers, audiences);
            }
            else if (_forcedRefresh.TryGetValue(metadataUrl, out var last) && last.Failed)
            {
                throw new IOException("The last forced refresh of the signing keys failed.");
            }
        }

        if (!result.IsValid)
        {
            LogRejected(logger, result.Exception?.Message ?? "invalid");
        }

        return (result, config);
    }

    /// <summary>Re-reads the metadata for an unknown key id, remembering a failure (see <see cref="ForcedRefresh"/>).</summary>
    private async Task<OpenIdConnectConfiguration> RereadAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        try
        {
            return await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl,
                new HttpDocumentRetriever(httpClients.CreateClient(SigningKeyEndorsements.HttpClientName)), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or HttpRequestException or System.Text.Json.JsonException
            || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            _forcedRefresh[metadataUrl] = _forcedRefresh[metadataUrl] with { Failed = true };
            throw;
        }
    }

    private Task<TokenValidationResult> ValidateWithAsync(string token, OpenIdConnectConfiguration config, string[] issuers, string[] audiences) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudiences = audiences,
            IssuerSigningKeys = config.SigningKeys,
            ValidAlgorithms = TokenPrechecks.Algorithms,
            ClockSkew = TokenPrechecks.ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = true,
            TryAllIssuerSigningKeys = false,
        });

    private bool BeginForcedRefresh(string metadataUrl)
    {
        var now = time.GetUtcNow();
        var last = _forcedRefresh.GetOrAdd(metadataUrl, new ForcedRefresh(DateTimeOffset.MinValue, Failed: false));
        return now - last.At >= ForcedRefreshInterval && _forcedRefresh.TryUpdate(metadataUrl, new ForcedRefresh(now, Failed: false), last);
    }

    /// <summary>When the metadata at a URL was last re-read for an unknown key id, and whether that failed.</summary>
    private sealed record ForcedRefresh(DateTimeOffset At, bool Failed);

    private static bool ServiceUrlMatches(JsonWebToken jwt, Activity activity, bool required)
    {
        var claim = TokenPrechecks.Claim(jwt, "serviceurl");
        if (claim is null)
        {
            return !required && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) && url.IsLoopback;
        }

        return string.Equals(claim, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase);
    }

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
