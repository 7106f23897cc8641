using Microsoft.Extensions.Configuration;
using RoleBot.Channels.Teams;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>Bot Framework keys at the configuration root, the rest under "BotFramework", and the token authority per app type.</summary>
public sealed class BotFrameworkOptionsTests
{
    private static BotFrameworkOptions Read(Dictionary<string, string?> values) =>
        TeamsChannelExtensions.ReadOptions(new ConfigurationBuilder().AddInMemoryCollection(values).Build());

    [Fact]
    public void RootKeys_NoAppType_SingleTenantWithTenantAuthority()
    {
        var options = Read(new() { ["MicrosoftAppId"] = BotFrameworkTestBed.AppId, ["MicrosoftAppPassword"] = "s", ["MicrosoftAppTenantId"] = BotFrameworkTestBed.TenantId });
        Assert.Equal(BotAppType.SingleTenant, options.MicrosoftAppType);
        Assert.True(options.AuthenticationEnabled);
        Assert.Null(options.Problem());
        Assert.Equal($"https://login.microsoftonline.com/{BotFrameworkTestBed.TenantId}", options.ResolveTokenAuthority());
    }

    [Fact]
    public void MultiTenant_NoOverride_BotFrameworkAuthority()
    {
        var options = Read(new() { ["MicrosoftAppId"] = BotFrameworkTestBed.AppId, ["MicrosoftAppPassword"] = "s", ["MicrosoftAppType"] = "multitenant" });
        Assert.Equal(BotAppType.MultiTenant, options.MicrosoftAppType);
        Assert.Null(options.Problem());
        Assert.Equal("https://login.microsoftonline.com/botframework.com", options.ResolveTokenAuthority());
    }

    [Fact]
    public void SectionOverrides_Read_FromBotFrameworkSection()
    {
        var options = Read(new()
        {
            ["BotFramework:TokenAuthority"] = "https://login.microsoftonline.us/tenant/",
            ["BotFramework:ChannelIssuer"] = "https://api.botframework.us",
            ["BotFramework:AllowUnauthenticated"] = "true",
        });
        Assert.False(options.AuthenticationEnabled);
        Assert.True(options.AllowUnauthenticated);
        Assert.Equal("https://api.botframework.us", options.ChannelIssuer);
        Assert.Equal("https://login.microsoftonline.us/tenant", options.ResolveTokenAuthority());
    }

    [Theory]
    [InlineData("not-a-guid", "GUID")]
    [InlineData(BotFrameworkTestBed.AppId, "MicrosoftAppTenantId")]
    public void BadAppId_OrMissingTenant_Problem(string appId, string named)
    {
        var options = Read(new() { ["MicrosoftAppId"] = appId, ["MicrosoftAppPassword"] = "s" });
        Assert.Contains(named, options.Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public void RetriesOutOfRange_Problem()
    {
        var options = Read(new() { ["BotFramework:MaxRetries"] = "50" });
        Assert.Contains("MaxRetries", options.Problem(), StringComparison.Ordinal);
    }
}
