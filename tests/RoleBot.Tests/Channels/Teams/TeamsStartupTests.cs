using System.Net;
using System.Text;
using RoleBot.Hosting;
using RoleBot.TestKit.BotFramework;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>Local development mode (no MicrosoftAppId) and the settings RoleBot refuses to start with.</summary>
public sealed class TeamsStartupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Production_NoAppId_StartsWithTeamsOff()
    {
        await using var server = await RoleBotServer.StartAsync(environment: "Production");
        var response = await server.Client.PostAsync("/api/messages", new StringContent("{}", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("MicrosoftAppPassword", "secret")]
    [InlineData("MicrosoftAppTenantId", "0b9c2a3d-7e41-4c1f-8a2b-5d6e7f801234")]
    public async Task Production_CredentialWithoutAppId_RefusesToStart(string key, string value)
    {
        var ex = await Assert.ThrowsAsync<StartupException>(() => RoleBotServer.StartAsync(new Dictionary<string, string?> { [key] = value }, environment: "Production"));
        Assert.Contains("MicrosoftAppId", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task Production_NoAppIdButAllowUnauthenticated_Starts()
    {
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?> { ["BotFramework:AllowUnauthenticated"] = "true" }, environment: "Production");
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/healthz", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("SingleTenant", "secret", null, "MicrosoftAppTenantId")]
    [InlineData("SingleTenant", null, "0b9c2a3d-7e41-4c1f-8a2b-5d6e7f801234", "MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "secret", "0b9c2a3d-7e41-4c1f-8a2b-5d6e7f801234", "no MicrosoftAppPassword")]
    [InlineData("Sideways", "secret", "0b9c2a3d-7e41-4c1f-8a2b-5d6e7f801234", "MicrosoftAppType")]
    public async Task IncompleteCredentials_AnyEnvironment_RefusesToStart(string appType, string? password, string? tenant, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = BotFrameworkTestBed.AppId,
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        };
        var ex = await Assert.ThrowsAsync<StartupException>(() => RoleBotServer.StartAsync(settings));
        Assert.Contains(named, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LocalMode_NoAuthorizationHeader_AnswersAtLoopbackServiceUrl()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var server = await RoleBotServer.StartAsync();
        var activity = TeamsActivities.Personal(connector.ServiceUrl, "What does a data scientist do?");
        activity["channelId"] = "emulator";
        activity.Remove("recipient");

        var response = await server.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await connector.WaitForMessageAsync(cancellationToken: Ct);
        Assert.Null(reply.Authorization);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)reply.Activity["attachments"]![0]!["contentType"]);
    }

    [Fact]
    public async Task LocalMode_RemoteServiceUrl_403AndNothingSent()
    {
        await using var server = await RoleBotServer.StartAsync();
        var activity = TeamsActivities.Personal("https://smba.trafficmanager.net/emea/", "What does a data scientist do?");
        var response = await server.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
