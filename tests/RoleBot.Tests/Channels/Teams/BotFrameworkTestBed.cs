using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.TestKit.BotFramework;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>
/// RoleBot on real Kestrel with Bot Framework authentication on, its metadata and token authority pointed at a local
/// <see cref="FakeTokenIssuer"/>, and activities whose serviceUrl is a local <see cref="FakeBotConnector"/>.
/// </summary>
public sealed class BotFrameworkTestBed : IAsyncDisposable
{
    public const string AppId = "6a4f7c43-3c1e-4b55-9f5e-2d2b8f0c9a11";
    public const string TenantId = "0b9c2a3d-7e41-4c1f-8a2b-5d6e7f801234";
    public const string AppPassword = "test-secret-value";

    private BotFrameworkTestBed(FakeTokenIssuer issuer, FakeBotConnector connector, RoleBotServer server)
    {
        Issuer = issuer;
        Connector = connector;
        Server = server;
    }

    public FakeTokenIssuer Issuer { get; }

    public FakeBotConnector Connector { get; }

    public RoleBotServer Server { get; }

    public static async Task<BotFrameworkTestBed> StartAsync(IDictionary<string, string?>? extra = null)
    {
        var issuer = await FakeTokenIssuer.StartAsync();
        var connector = await FakeBotConnector.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = AppPassword,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppTenantId"] = TenantId,
            ["BotFramework:ChannelMetadataUrl"] = issuer.ChannelMetadataUrl,
            ["BotFramework:EntraMetadataUrl"] = issuer.EntraMetadataUrlTemplate,
            ["BotFramework:TokenAuthority"] = issuer.AuthorityFor(TenantId),
            ["BotFramework:RetryBaseDelay"] = "00:00:00.050",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var server = await RoleBotServer.StartAsync(settings, configure: b =>
            b.Services.ConfigureHttpClientDefaults(h => h.ConfigurePrimaryHttpMessageHandler(issuer.CreateTrustingHandler)));
        return new BotFrameworkTestBed(issuer, connector, server);
    }

    /// <summary>A valid channel token for <paramref name="activity"/>'s serviceUrl.</summary>
    public string TokenFor(JsonObject activity, TokenShape? shape = null) =>
        Issuer.MintChannelToken(AppId, (string)activity["serviceUrl"]!, shape);

    /// <summary>POSTs the activity with a valid token (or <paramref name="authorization"/>, "" for none).</summary>
    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization = null)
    {
        var json = activity.ToJsonString();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };

        // A large body waits for "100 Continue", so a 413 sent before the body is read is received, not a broken pipe.
        request.Headers.ExpectContinue = json.Length > 64 * 1024;
        authorization ??= "Bearer " + TokenFor(activity);
        if (authorization.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Server.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
