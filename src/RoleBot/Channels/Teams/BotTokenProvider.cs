using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace RoleBot.Channels.Teams;

/// <summary>
/// The bearer token for connector calls, from MSAL: a confidential client (SingleTenant, MultiTenant) or a user-assigned
/// managed identity (UserAssignedMSI). One MSAL app per process, so its token cache serves every call until expiry.
/// Without MicrosoftAppId (local development) there is no token and none is ever attached.
/// </summary>
internal sealed class BotTokenProvider
{
    public const string HttpClientName = "RoleBot.BotFramework.Token";

    private readonly BotFrameworkOptions _options;
    private readonly Lazy<IConfidentialClientApplication>? _confidential;
    private readonly Lazy<IManagedIdentityApplication>? _managed;

    public BotTokenProvider(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClients)
    {
        _options = options.Value;
        if (!_options.AuthenticationEnabled)
        {
            return;
        }

        var http = new MsalHttpClientFactory(httpClients);
        if (_options.MicrosoftAppType == BotAppType.UserAssignedMSI)
        {
            _managed = new(() => ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(_options.MicrosoftAppId))
                .WithHttpClientFactory(http).Build());
        }
        else
        {
            // Instance discovery would call login.microsoftonline.com for any authority host; the authority is configured explicitly.
            _confidential = new(() => ConfidentialClientApplicationBuilder.Create(_options.MicrosoftAppId)
                .WithClientSecret(_options.MicrosoftAppPassword)
                .WithAuthority(_options.ResolveTokenAuthority())
                .WithInstanceDiscovery(false)
                .WithHttpClientFactory(http)
                .Build());
        }
    }

    /// <summary>The access token, or null in local development mode.</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var resource = _options.TokenResource.TrimEnd('/');
        if (_confidential is not null)
        {
            var result = await _confidential.Value.AcquireTokenForClient([resource + "/.default"]).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }

        if (_managed is not null)
        {
            var result = await _managed.Value.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken);
            return result.AccessToken;
        }

        return null;
    }

    /// <summary>Hands MSAL the host's HttpClient (so tests can trust a local HTTPS token endpoint).</summary>
    private sealed class MsalHttpClientFactory(IHttpClientFactory httpClients) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => httpClients.CreateClient(HttpClientName);
    }
}
