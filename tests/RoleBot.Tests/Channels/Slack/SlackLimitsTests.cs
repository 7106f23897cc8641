using System.Net;
using Microsoft.Extensions.Options;
using RoleBot.TestKit.Slack;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Channels.Slack;

public sealed class SlackLimitsTests
{
    private const string Mention = "<@" + FakeSlackApi.BotUserId + ">";

    [Fact]
    public async Task Events_ReplyQueueFull_503ThenRetryAnsweredOnce()
    {
        await using var host = await SlackHost.StartAsync(new Dictionary<string, string?> { ["Slack:ReplyQueueCapacity"] = "1" });
        host.Slack.HoldPosts();
        var first = SlackHost.Mention("EvQ1", $"{Mention} Does an ML engineer need Spark?", "1700000400.000100", channel: "C0Q1");
        var second = SlackHost.Mention("EvQ2", $"{Mention} Does an ML engineer need Spark?", "1700000400.000200", channel: "C0Q2");
        var third = SlackHost.Mention("EvQ3", $"{Mention} Does an ML engineer need Spark?", "1700000400.000300", channel: "C0Q3");
        Assert.Equal(HttpStatusCode.OK, (await host.PostEventAsync(first)).StatusCode);
        await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage");  // the only worker is now busy with it

        Assert.Equal(HttpStatusCode.OK, (await host.PostEventAsync(second)).StatusCode);  // fills the queue
        var full = await host.PostEventAsync(third);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, full.StatusCode);
        Assert.Equal("application/problem+json", full.Content.Headers.ContentType?.MediaType);

        host.Slack.ReleasePosts();
        await host.Slack.WaitForAsync(c => (string?)c.Body["channel"] == "C0Q2");
        Assert.Equal(HttpStatusCode.OK, (await host.PostEventAsync(third, retryNum: 1)).StatusCode);
        await host.Slack.WaitForAsync(c => (string?)c.Body["channel"] == "C0Q3");
        await host.MarkerAnsweredAsync();
        Assert.Equal(["C0Q1", "C0Q2", "C0Q3", "C0MARKER"], host.Slack.CallsTo("chat.postMessage").Select(c => (string?)c.Body["channel"]));
    }

    [Fact]
    public async Task Events_BodyOverOneMebibyte_413NotServerError()
    {
        await using var host = await SlackHost.StartAsync();
        var body = "{\"type\":\"event_callback\",\"pad\":\"" + new string('x', 1024 * 1024) + "\"}";
        var request = SignedSlackRequest.Json("/api/slack/events", body, SlackHost.Secret);
        request.Headers.ExpectContinue = true;                  // receive the early 413 rather than a broken pipe
        var response = await host.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("Slack:BotToken", "not-a-bot-token")]
    [InlineData("Slack:AppToken", "xoxb-wrong-kind")]
    [InlineData("Slack:ReplyQueueCapacity", "0")]
    [InlineData("Slack:ReplyWorkers", "17")]
    [InlineData("Slack:ApiBaseUrl", "ftp://slack.example/api/")]
    public async Task Startup_InvalidSlackSetting_FailsNamingTheSetting(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => RoleBotServer.StartAsync(new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value.StartsWith('x') ? value : "\u0000", error.Message, StringComparison.Ordinal);
    }
}
