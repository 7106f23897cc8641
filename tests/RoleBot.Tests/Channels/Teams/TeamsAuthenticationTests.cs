using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using RoleBot.TestKit.BotFramework;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>One authenticated RoleBot shared by the rejection cases (each case leaves no reply behind).</summary>
public sealed class AuthenticatedBotFixture : IAsyncLifetime
{
    public BotFrameworkTestBed Bed { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Bed = await BotFrameworkTestBed.StartAsync();

    public async ValueTask DisposeAsync() => await Bed.DisposeAsync();
}

public sealed class TeamsAuthenticationTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private BotFrameworkTestBed Bed => fixture.Bed;

    [Fact]
    public async Task ValidChannelToken_PersonalMessage_AcknowledgesAndRepliesWithCitedAnswer()
    {
        var activity = TeamsActivities.Personal(Bed.Connector.ServiceUrl, "Does an ML engineer need Spark?");
        var response = await Bed.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var reply = await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], TestContext.Current.CancellationToken);
        Assert.Equal("a:1personal-chat-id", reply.ConversationId);
        Assert.StartsWith("Bearer outbound-", reply.Authorization, StringComparison.Ordinal);
        Assert.Contains("[1]", (string?)reply.Activity["text"], StringComparison.Ordinal);
        var entity = reply.Activity["entities"]![0]!;
        Assert.Equal("https://schema.org/Message", (string?)entity["type"]);
        Assert.Equal("AIGeneratedContent", (string?)entity["additionalType"]![0]);
        Assert.Equal(1, (int)entity["citation"]![0]!["position"]!);
        Assert.Equal("default", (string?)reply.Activity["channelData"]!["feedbackLoop"]!["type"]);
        Assert.Equal(TeamsActivities.BotId, (string?)reply.Activity["from"]!["id"]);
        Assert.Equal("29:1user-ana", (string?)reply.Activity["recipient"]!["id"]);

        // MSAL asked the (fake) tenant authority once for a Bot Framework token; later sends use its cache.
        var form = Assert.Single(Bed.Issuer.TokenRequests);
        Assert.Equal(BotFrameworkTestBed.AppId, form["client_id"]);
        Assert.Equal(BotFrameworkTestBed.AppPassword, form["client_secret"]);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    public static TheoryData<string> Rejections() =>
    [
        "no token", "not bearer", "garbage", "expired", "not yet valid", "wrong audience", "wrong issuer",
        "bad signature", "unknown key id", "alg none", "channel not endorsed", "serviceurl mismatch",
    ];

    [Theory]
    [MemberData(nameof(Rejections))]
    public async Task SpoiledToken_AnyActivity_401AndNoReply(string spoil)
    {
        var activity = TeamsActivities.Personal(Bed.Connector.ServiceUrl, "What does a data scientist do?");
        using var otherKey = RSA.Create(2048);
        var serviceUrl = (string)activity["serviceUrl"]!;
        string Mint(TokenShape shape) => "Bearer " + Bed.Issuer.MintChannelToken(BotFrameworkTestBed.AppId, serviceUrl, shape);
        var authorization = spoil switch
        {
            "no token" => "",
            "not bearer" => "Basic " + Convert.ToBase64String("user:pass"u8.ToArray()),
            "garbage" => "Bearer not.a.jwt",
            "expired" => Mint(new() { NotBeforeOffset = TimeSpan.FromMinutes(-30), ExpiresOffset = TimeSpan.FromMinutes(-6) }),
            "not yet valid" => Mint(new() { NotBeforeOffset = TimeSpan.FromMinutes(6), ExpiresOffset = TimeSpan.FromMinutes(20) }),
            "wrong audience" => "Bearer " + Bed.Issuer.MintChannelToken(Guid.NewGuid().ToString(), serviceUrl),
            "wrong issuer" => Mint(new() { Issuer = "https://evil.example" }),
            "bad signature" => Mint(new() { Key = new RsaSecurityKey(otherKey) { KeyId = FakeTokenIssuer.KeyId } }),
            "unknown key id" => Mint(new() { Key = new RsaSecurityKey(otherKey) { KeyId = "someone-elses-key" } }),
            "alg none" => Mint(new() { AlgNone = true }),
            "channel not endorsed" => Mint(new()),
            "serviceurl mismatch" => Mint(new() { ServiceUrl = "https://smba.trafficmanager.net/emea/" }),
            _ => throw new ArgumentOutOfRangeException(nameof(spoil)),
        };
        if (spoil == "channel not endorsed")
        {
            activity["channelId"] = "skype";
        }

        var response = await Bed.PostAsync(activity, authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await Task.Delay(300, TestContext.Current.CancellationToken);
        Assert.DoesNotContain(Bed.Connector.Calls, c => c.ReplyToId == (string?)activity["id"]);
    }

    [Fact]
    public async Task SameTokenShape_Control_IsAccepted()
    {
        // The rejection cases differ from this one only in the spoiled part, so they fail for that reason.
        var activity = TeamsActivities.Personal(Bed.Connector.ServiceUrl, "What does a data scientist do?");
        var response = await Bed.PostAsync(activity, "Bearer " + Bed.Issuer.MintChannelToken(BotFrameworkTestBed.AppId, (string)activity["serviceUrl"]!, new TokenShape()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task EntraTokenFromOtherTenant_AnyActivity_401()
    {
        var activity = TeamsActivities.Personal(Bed.Connector.ServiceUrl, "help");
        var token = Bed.Issuer.MintEntraToken(Guid.NewGuid().ToString(), BotFrameworkTestBed.AppId, Guid.NewGuid().ToString());
        var response = await Bed.PostAsync(activity, "Bearer " + token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task MetadataUnreachable_ValidLookingToken_503NotServerError()
    {
        await using var bed = await BotFrameworkTestBed.StartAsync(new Dictionary<string, string?>
        {
            ["BotFramework:ChannelMetadataUrl"] = "https://127.0.0.1:1/v1/.well-known/openidconfiguration",
        });
        var activity = TeamsActivities.Personal(bed.Connector.ServiceUrl, "What does a data scientist do?");
        var response = await bed.PostAsync(activity);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(bed.Connector.Calls);
    }

    [Fact]
    public async Task KeyRollover_TokenWithNewKeyId_MetadataReReadAndAccepted()
    {
        await using var bed = await BotFrameworkTestBed.StartAsync();
        var first = TeamsActivities.Personal(bed.Connector.ServiceUrl, "help");
        Assert.Equal(HttpStatusCode.OK, (await bed.PostAsync(first)).StatusCode);

        bed.Issuer.RotateKey("fake-key-2");
        var second = TeamsActivities.Personal(bed.Connector.ServiceUrl, "What does a data scientist do?");
        Assert.Equal(HttpStatusCode.OK, (await bed.PostAsync(second)).StatusCode);
        await bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)second["id"], TestContext.Current.CancellationToken);
    }

    [Theory]
    [InlineData(true, HttpStatusCode.OK)]
    [InlineData(false, HttpStatusCode.Unauthorized)]
    public async Task EmulatorV1Token_CallerAppId_AcceptedOnlyForThisBot(bool callerIsThisBot, HttpStatusCode expected)
    {
        const string EmulatorTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";
        var activity = TeamsActivities.Personal(Bed.Connector.ServiceUrl, "help");
        activity["channelId"] = "emulator";
        var caller = callerIsThisBot ? BotFrameworkTestBed.AppId : Guid.NewGuid().ToString();
        var token = Bed.Issuer.MintEntraToken(EmulatorTenant, BotFrameworkTestBed.AppId, caller, v1: true);

        var response = await Bed.PostAsync(activity, "Bearer " + token);

        Assert.Equal(expected, response.StatusCode);
        if (callerIsThisBot)
        {
            await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], TestContext.Current.CancellationToken);
        }
    }
}
