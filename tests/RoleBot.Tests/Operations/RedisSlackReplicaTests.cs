using System.Net;
using RoleBot.TestKit.Operations;
using RoleBot.Tests.Channels.Slack;

namespace RoleBot.Tests.Operations;

/// <summary>Two RoleBot replicas sharing one real redis-server behind one Slack app: a retry that lands on the other replica.</summary>
public sealed class RedisSlackReplicaTests
{
    [Fact]
    public async Task SlackEvent_RetriedToTheOtherReplica_IsAnsweredOnce()
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var redis = await RedisServerProcess.StartAsync(cancel);
        var shared = new Dictionary<string, string?> { ["Redis:Configuration"] = redis.Configuration, ["Reload:Enabled"] = "false" };
        await using var first = await SlackHost.StartAsync(shared);
        await using var second = await SlackHost.StartAsync(shared);
        var payload = SlackHost.Mention("EvReplica01", $"<@{RoleBot.TestKit.Slack.FakeSlackApi.BotUserId}> Does an ML engineer need Spark?", "1700000100.000100", channel: "C0REPLICA");

        Assert.Equal(HttpStatusCode.OK, (await first.PostEventAsync(payload)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.PostEventAsync(payload, retryNum: 1)).StatusCode);
        await first.MarkerAnsweredAsync();
        await second.MarkerAnsweredAsync();

        var answers = first.Slack.CallsTo("chat.postMessage").Concat(second.Slack.CallsTo("chat.postMessage"))
            .Where(c => (string?)c.Body["channel"] == "C0REPLICA")
            .ToList();
        Assert.Single(answers);
        Assert.Contains("Spark", answers[0].Body.ToJsonString(), StringComparison.Ordinal);
    }
}
