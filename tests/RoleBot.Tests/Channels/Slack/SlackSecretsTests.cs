using System.Net;
using Microsoft.Extensions.Logging;
using RoleBot.TestKit.Slack;

namespace RoleBot.Tests.Channels.Slack;

public sealed class SlackSecretsTests
{
    [Fact]
    public async Task Logs_FailingCallsAtTraceLevel_NeverContainTokensSecretOrResponseUrl()
    {
        var logs = new CapturedLogs();
        await using (var host = await SlackHost.StartAsync(
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace", ["Slack:AppToken"] = "xapp-secret-app-token" },
            configure: b => b.Logging.AddProvider(logs)))
        {
            host.Slack.FailNext("chat.postMessage", HttpStatusCode.InternalServerError);
            await host.PostEventAsync(SlackHost.Mention("EvLog", $"<@{FakeSlackApi.BotUserId}> Does an ML engineer need Spark?", "1700000300.000100"));
            await host.SendAsync(SignedSlackRequest.Form("/api/slack/commands", new Dictionary<string, string>
            {
                ["command"] = "/rolebot", ["text"] = "does an ML engineer need Spark?", ["team_id"] = "T1", ["channel_id"] = "C1", ["user_id"] = "U1",
                ["response_url"] = host.Slack.ResponseUrl("secret-hook-path").AbsoluteUri,
            }, SlackHost.Secret));
            await host.Slack.WaitForAsync(c => c.Method == "response_url");
            await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage");
            await host.SendAsync(SignedSlackRequest.Json("/api/slack/events", "{}", "wrong-secret"));
        }

        Assert.Contains(logs.Lines, l => l.Contains("chat.postMessage failed", StringComparison.Ordinal));
        Assert.All(logs.Lines, line =>
        {
            Assert.DoesNotContain(SlackHost.BotToken, line, StringComparison.Ordinal);
            Assert.DoesNotContain("xapp-secret-app-token", line, StringComparison.Ordinal);
            Assert.DoesNotContain(SlackHost.Secret, line, StringComparison.Ordinal);
            Assert.DoesNotContain("secret-hook-path", line, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Events_NoAuthorizationsInPayload_BotIdFromAuthTestAndOwnMessageIgnored()
    {
        await using var host = await SlackHost.StartAsync();
        var own = SlackHost.Mention("EvOwn", "Does an ML engineer need Spark?", "1700000301.000100", channel: "C0OWN", user: FakeSlackApi.BotUserId);
        own.Remove("authorizations");
        Assert.Equal(HttpStatusCode.OK, (await host.PostEventAsync(own)).StatusCode);

        // Wait for the lookup before the marker (whose authorizations would teach the bot id otherwise).
        await host.Slack.WaitForAsync(c => c.Method == "auth.test");
        await host.MarkerAnsweredAsync();
        Assert.Single(host.Slack.CallsTo("auth.test"));
        Assert.DoesNotContain(host.Slack.CallsTo("chat.postMessage"), c => (string?)c.Body["channel"] == "C0OWN");
    }
}
