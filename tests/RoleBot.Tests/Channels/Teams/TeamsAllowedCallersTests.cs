using System.Net;
using Microsoft.Extensions.Configuration;
using RoleBot.Channels.Teams;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>
/// Entra ID callers (tokens from the bot's own tenant rather than from Bot Framework's channel service) are accepted only
/// when the calling app is this bot or is listed in MicrosoftAppAllowedCallers; otherwise 401 and no outbound call,
/// so no other app of the tenant can make RoleBot send its own token to a serviceUrl of its choosing.
/// </summary>
public sealed class TeamsAllowedCallersTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private const string AllowedCaller = "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EntraTokenFromOwnTenant_UnknownCaller_401AndNoOutboundCall(bool v1)
    {
        var bed = fixture.Bed;
        var activity = TeamsActivities.Personal(bed.Connector.ServiceUrl, "help");
        var token = bed.Issuer.MintEntraToken(BotFrameworkTestBed.TenantId, BotFrameworkTestBed.AppId, Guid.NewGuid().ToString(), v1);

        var response = await bed.PostAsync(activity, "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await Task.Delay(300, Ct);
        Assert.DoesNotContain(bed.Connector.Calls, c => c.ReplyToId == (string?)activity["id"]);
    }

    [Fact]
    public async Task EntraTokenFromOwnTenant_ThisBotAsCaller_Answered()
    {
        var bed = fixture.Bed;
        var activity = TeamsActivities.Personal(bed.Connector.ServiceUrl, "help");
        var token = bed.Issuer.MintEntraToken(BotFrameworkTestBed.TenantId, BotFrameworkTestBed.AppId, BotFrameworkTestBed.AppId);
        Assert.Equal(HttpStatusCode.OK, (await bed.PostAsync(activity, "Bearer " + token)).StatusCode);
        await bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], Ct);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task EntraTokenFromOwnTenant_ConfiguredCaller_Answered(bool v1)
    {
        await using var bed = await BotFrameworkTestBed.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppAllowedCallers"] = $"{Guid.NewGuid()}, {AllowedCaller}",
        });
        var activity = TeamsActivities.Personal(bed.Connector.ServiceUrl, "help");
        var token = bed.Issuer.MintEntraToken(BotFrameworkTestBed.TenantId, BotFrameworkTestBed.AppId, AllowedCaller, v1);
        Assert.Equal(HttpStatusCode.OK, (await bed.PostAsync(activity, "Bearer " + token)).StatusCode);
        await bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], Ct);
    }

    [Fact]
    public async Task EmulatorTenantToken_ConfiguredCaller_StillOnlyThisBot()
    {
        // The emulator's tenants are shared by everyone: only a token naming this bot itself is accepted from them.
        await using var bed = await BotFrameworkTestBed.StartAsync(new Dictionary<string, string?> { ["MicrosoftAppAllowedCallers"] = AllowedCaller });
        var activity = TeamsActivities.Personal(bed.Connector.ServiceUrl, "help");
        activity["channelId"] = "emulator";
        var token = bed.Issuer.MintEntraToken("d6d49420-f39b-4df7-a1dc-d59a935871db", BotFrameworkTestBed.AppId, AllowedCaller);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bed.PostAsync(activity, "Bearer " + token)).StatusCode);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("6a4f7c43-3c1e-4b55-9f5e-2d2b8f0c9a11,*")]
    public void AllowedCallers_NotGuids_Problem(string callers)
    {
        var options = TeamsChannelExtensions.ReadOptions(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = BotFrameworkTestBed.AppId,
            ["MicrosoftAppPassword"] = "s",
            ["MicrosoftAppTenantId"] = BotFrameworkTestBed.TenantId,
            ["MicrosoftAppAllowedCallers"] = callers,
        }).Build());
        Assert.Contains("MicrosoftAppAllowedCallers", options.Problem(), StringComparison.Ordinal);
    }
}
