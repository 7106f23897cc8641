using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using RoleBot.TestKit;
using RoleBot.Tests.Hosting;
using RoleBot.TestKit.BotFramework;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>
/// Teams and Web Chat votes while the feedback store cannot be written (its SQLite path is a directory: SQLite error 14,
/// "unable to open database file"): the voter is told, nothing answers 500.
/// </summary>
public sealed class TeamsFeedbackStoreOutageTests : IDisposable
{
    private readonly TempFolder _notADatabase = TestPaths.NewTempFolder();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Dictionary<string, string?> BrokenStore => new() { ["State:FeedbackDatabase"] = _notADatabase.Path };

    [Fact]
    public async Task TeamsFeedbackInvoke_StoreFails_503ProblemNot500()
    {
        await using var bed = await BotFrameworkTestBed.StartAsync(BrokenStore);
        var invoke = TeamsActivities.FeedbackInvoke(bed.Connector.ServiceUrl, "reply-1", "like", "great");

        var response = await bed.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Contains("could not be stored", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WebChatCardVote_StoreFails_FriendlyReplyNot500()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var server = await RoleBotServer.StartAsync(BrokenStore);
        var click = TeamsActivities.Personal(connector.ServiceUrl, "");
        click["channelId"] = "webchat";
        click.Remove("text");
        click["value"] = new JsonObject { ["rolebot"] = "feedback", ["answer"] = "k", ["helpful"] = true };

        var response = await server.Client.PostAsync("/api/messages", new StringContent(click.ToJsonString(), Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await connector.WaitForMessageAsync(c => c.ReplyToId == (string?)click["id"], Ct);
        Assert.Contains("could not be stored", (string?)reply.Activity["text"], StringComparison.Ordinal);
    }

    public void Dispose() => _notADatabase.Dispose();
}
