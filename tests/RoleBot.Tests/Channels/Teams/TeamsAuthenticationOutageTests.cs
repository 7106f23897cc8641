using System.Net;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using RoleBot.TestKit.BotFramework;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>
/// Bot Framework authentication while the signing-key metadata is unreachable or failing: a token that can be refused
/// without keys gets 401 (not 503), a key that cannot be checked gets 503 (never 500), and a failing refresh is not
/// re-fetched for every forged key id.
/// </summary>
public sealed class TeamsAuthenticationOutageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> RefusableWithoutKeys() =>
        ["alg none", "HS256", "expired", "not yet valid", "wrong audience", "entra token from an unknown caller"];

    [Theory]
    [MemberData(nameof(RefusableWithoutKeys))]
    public async Task MetadataUnreachable_TokenRefusableWithoutKeys_401(string spoil)
    {
        await using var bed = await BotFrameworkTestBed.StartAsync(new Dictionary<string, string?>
        {
            ["BotFramework:ChannelMetadataUrl"] = "https://127.0.0.1:1/v1/.well-known/openidconfiguration",
            ["BotFramework:EntraMetadataUrl"] = "https://127.0.0.1:1/{tenantId}/v2.0/.well-known/openid-configuration",
        });
        var activity = TeamsActivities.Personal(bed.Connector.ServiceUrl, "What does a data scientist do?");
        var serviceUrl = (string)activity["serviceUrl"]!;
        string Mint(TokenShape shape) => bed.Issuer.MintChannelToken(BotFrameworkTestBed.AppId, serviceUrl, shape);
        var token = spoil switch
        {
            "alg none" => Mint(new() { AlgNone = true }),
            "HS256" => Mint(new() { Key = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)), Algorithm = SecurityAlgorithms.HmacSha256 }),
            "expired" => Mint(new() { NotBeforeOffset = TimeSpan.FromMinutes(-30), ExpiresOffset = TimeSpan.FromMinutes(-6) }),
            "not yet valid" => Mint(new() { NotBeforeOffset = TimeSpan.FromMinutes(6), ExpiresOffset = TimeSpan.FromMinutes(20) }),
            "wrong audience" => bed.Issuer.MintChannelToken(Guid.NewGuid().ToString(), serviceUrl),
            "entra token from an unknown caller" => bed.Issuer.MintEntraToken(BotFrameworkTestBed.TenantId, BotFrameworkTestBed.AppId, Guid.NewGuid().ToString()),
            _ => throw new ArgumentOutOfRangeException(nameof(spoil)),
        };

        var response = await bed.PostAsync(activity, "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bed.Connector.Calls);
    }

    [Fact]
    public async Task MetadataUnreachable_ValidLookingToken_StillUnavailable503()
    {
        // The control for the cases above: the same bed answers 503 for a token only the keys could refuse.
        await using var bed = await BotFrameworkTestBed.StartAsync(new Dictionary<string, string?>
        {
            ["BotFramework:ChannelMetadataUrl"] = "https://127.0.0.1:1/v1/.well-known/openidconfiguration",
        });
        var activity = TeamsActivities.Personal(bed.Connector.ServiceUrl, "What does a data scientist do?");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bed.PostAsync(activity)).StatusCode);
    }

    [Fact]
    public async Task UnknownKeyId_MetadataFailsDuringForcedRefresh_503AndNotRefetchedPerRequest()
    {
        await using var bed = await BotFrameworkTestBed.StartAsync();
        var first = TeamsActivities.Personal(bed.Connector.ServiceUrl, "help");
        Assert.Equal(HttpStatusCode.OK, (await bed.PostAsync(first)).StatusCode);

        bed.Issuer.MetadataFailureStatus = 500;
        using var otherKey = RSA.Create(2048);
        string UnknownKid(string serviceUrl) => "Bearer " + bed.Issuer.MintChannelToken(BotFrameworkTestBed.AppId, serviceUrl,
            new TokenShape { Key = new RsaSecurityKey(otherKey) { KeyId = "rolled-over-or-forged" } });

        var second = TeamsActivities.Personal(bed.Connector.ServiceUrl, "What does a data scientist do?");
        var response = await bed.PostAsync(second, UnknownKid(bed.Connector.ServiceUrl));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);

        // Within the refresh interval another unknown key id is still "cannot check" (503), without another fetch. The
        // failed refresh may still be finishing in the background (slow machines): count once the number stops moving.
        var fetches = await SettledAsync(() => bed.Issuer.MetadataRequests);
        var third = TeamsActivities.Personal(bed.Connector.ServiceUrl, "What does a data scientist do?");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bed.PostAsync(third, UnknownKid(bed.Connector.ServiceUrl))).StatusCode);
        Assert.Equal(fetches, bed.Issuer.MetadataRequests);
        await Task.Delay(300, Ct);
        Assert.DoesNotContain(bed.Connector.Calls, c => c.ReplyToId == (string?)second["id"] || c.ReplyToId == (string?)third["id"]);
    }

    private static async Task<int> SettledAsync(Func<int> count)
    {
        var last = count();
        for (var i = 0; i < 20; i++)
        {
            await Task.Delay(100, Ct);
            var now = count();
            if (now == last)
            {
                return now;
            }

            last = now;
        }

        return last;
    }
}
