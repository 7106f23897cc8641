using System.Net;
using System.Text.Json.Nodes;
using RoleBot.TestKit.Slack;

namespace RoleBot.Tests.Channels.Slack;

public sealed class SlackEventsEndpointTests
{
    private const string Mention = "<@" + FakeSlackApi.BotUserId + ">";

    [Fact]
    public async Task Events_UrlVerification_EchoesChallenge()
    {
        await using var host = await SlackHost.StartAsync();
        var response = await host.PostEventAsync(new JsonObject { ["type"] = "url_verification", ["token"] = "t", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Events_AppMention_AnsweredInThreadWithCitationBlocks()
    {
        await using var host = await SlackHost.StartAsync();
        var started = DateTime.UtcNow;
        var response = await host.PostEventAsync(SlackHost.Mention("Ev01", $"{Mention} Does an ML engineer need Spark?", "1700000001.000100"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(3), "Slack needs the ack within 3 s");

        var post = (await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage"))[0];
        Assert.Equal("Bearer " + SlackHost.BotToken, post.Authorization);
        Assert.StartsWith("application/json", post.ContentType, StringComparison.Ordinal);
        Assert.Equal("C0CHANNEL", (string?)post.Body["channel"]);
        Assert.Equal("1700000001.000100", (string?)post.Body["thread_ts"]);
        Assert.StartsWith("Yes", (string?)post.Body["text"], StringComparison.Ordinal);
        var blocks = post.Body["blocks"]!.AsArray();
        var texts = blocks.Select(b => (string?)b!["text"]?["text"]).OfType<string>().ToList();
        Assert.Contains(texts, t => t.StartsWith("*[1]*\n> ", StringComparison.Ordinal) && t.Contains("Spark", StringComparison.Ordinal));
        var sources = blocks.First(b => (string?)b!["type"] == "context" && ((string?)b["block_id"])?.StartsWith("rolebot_sources", StringComparison.Ordinal) == true);
        Assert.StartsWith("[1] ", (string?)sources!["elements"]![0]!["text"], StringComparison.Ordinal);
        var buttons = blocks.Single(b => (string?)b!["block_id"] == "rolebot_feedback")!["elements"]!.AsArray();
        Assert.Contains(buttons, b => (string?)b!["action_id"] == "rolebot_helpful");
        Assert.Contains(buttons, b => (string?)b!["action_id"] == "rolebot_not_helpful");
    }

    [Fact]
    public async Task Events_MentionInsideThread_RepliesToParentThread()
    {
        await using var host = await SlackHost.StartAsync();
        await host.PostEventAsync(SlackHost.Mention("Ev02", $"{Mention} Does an ML engineer need Spark?", "1700000002.000200", threadTs: "1700000000.000001"));
        var post = (await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage"))[0];
        Assert.Equal("1700000000.000001", (string?)post.Body["thread_ts"]);
    }

    [Fact]
    public async Task Events_DirectMessage_AnsweredInDmWithoutThread()
    {
        await using var host = await SlackHost.StartAsync();
        var response = await host.PostEventAsync(SlackHost.DirectMessage("Ev03", "does an ML engineer need Spark?", "1700000003.000300"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = (await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage"))[0];
        Assert.Equal("D0DIRECT", (string?)post.Body["channel"]);
        Assert.Null(post.Body["thread_ts"]);
        Assert.Contains("Spark", post.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Events_FollowUpInSameThread_UsesThreadContext()
    {
        await using var host = await SlackHost.StartAsync();
        await host.PostEventAsync(SlackHost.Mention("Ev04a", $"{Mention} Does an ML engineer need Spark?", "1700000004.000100"));
        await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage");
        await host.PostEventAsync(SlackHost.Mention("Ev04b", $"{Mention} what about data scientists?", "1700000004.000200", threadTs: "1700000004.000100"));
        var posts = await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage", count: 2);
        var followUp = posts[1].Body.ToJsonString();
        Assert.Contains("Spark", followUp, StringComparison.Ordinal);
        Assert.Contains("data scientist", followUp, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Events_RetriedDelivery_AnsweredExactlyOnce()
    {
        await using var host = await SlackHost.StartAsync();
        var payload = SlackHost.Mention("EvRetry", $"{Mention} Does an ML engineer need Spark?", "1700000005.000100", channel: "C0RETRY");
        Assert.Equal(HttpStatusCode.OK, (await host.PostEventAsync(payload)).StatusCode);
        for (var retry = 1; retry <= 3; retry++)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.PostEventAsync(payload, retryNum: retry)).StatusCode);
        }

        await host.MarkerAnsweredAsync();
        Assert.Single(host.Slack.CallsTo("chat.postMessage"), c => (string?)c.Body["channel"] == "C0RETRY");
    }

    [Theory]
    [InlineData("bot_id")]
    [InlineData("subtype")]
    [InlineData("hidden")]
    [InlineData("self")]
    [InlineData("channel_message")]
    public async Task Events_BotSelfEditOrNonImMessage_Ignored(string kind)
    {
        await using var host = await SlackHost.StartAsync();
        var ev = kind == "channel_message"
            ? SlackHost.DirectMessage("EvIgnored", "does an ML engineer need Spark?", "1700000006.000100", channel: "C0IGNORED")
            : SlackHost.Mention("EvIgnored", $"{Mention} Does an ML engineer need Spark?", "1700000006.000100", channel: "C0IGNORED",
                user: kind == "self" ? FakeSlackApi.BotUserId : "U0ALICE");
        var inner = ev["event"]!.AsObject();
        switch (kind)
        {
            case "bot_id": inner["bot_id"] = "B0OTHER"; break;
            case "subtype": inner["subtype"] = "message_changed"; break;
            case "hidden": inner["hidden"] = true; break;
            case "channel_message": inner["channel_type"] = "channel"; break;
        }

        Assert.Equal(HttpStatusCode.OK, (await host.PostEventAsync(ev)).StatusCode);
        await host.MarkerAnsweredAsync();
        Assert.DoesNotContain(host.Slack.CallsTo("chat.postMessage"), c => (string?)c.Body["channel"] == "C0IGNORED");
    }

    [Fact]
    public async Task Events_BadSignatureStaleOrMissingHeaders_401AndNothingPosted()
    {
        await using var host = await SlackHost.StartAsync();
        var body = SlackHost.Mention("EvBad", $"{Mention} Does an ML engineer need Spark?", "1700000007.000100", channel: "C0BAD").ToJsonString();
        HttpRequestMessage[] requests =
        [
            SignedSlackRequest.Create("/api/slack/events", body, "application/json", SlackHost.Secret, signatureOverride: "v0=" + new string('0', 64)),
            SignedSlackRequest.Json("/api/slack/events", body, "a-different-secret"),
            SignedSlackRequest.Json("/api/slack/events", body, SlackHost.Secret, DateTimeOffset.UtcNow.AddMinutes(-6)),
            SignedSlackRequest.Json("/api/slack/events", body, SlackHost.Secret, DateTimeOffset.UtcNow.AddMinutes(6)),
            SignedSlackRequest.Json("/api/slack/events", body, secret: null),
        ];
        foreach (var request in requests)
        {
            var response = await host.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain(SlackHost.Secret, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }

        await host.MarkerAnsweredAsync();
        Assert.DoesNotContain(host.Slack.Calls, c => (string?)c.Body["channel"] == "C0BAD");
    }

    [Fact]
    public async Task Events_NoSigningSecretConfigured_401EvenWhenSigned()
    {
        await using var host = await SlackHost.StartAsync(withSecret: false);
        var response = await host.PostEventAsync(new JsonObject { ["type"] = "url_verification", ["challenge"] = "c" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Events_DevSwitchWithoutSecret_AcceptsUnsigned()
    {
        await using var host = await SlackHost.StartAsync(new Dictionary<string, string?> { ["Slack:DangerouslyAllowUnsignedRequests"] = "true" }, withSecret: false);
        var response = await host.SendAsync(SignedSlackRequest.Json("/api/slack/events", """{"type":"url_verification","challenge":"dev"}""", secret: null));
        Assert.Equal("dev", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("\"just a string\"")]
    [InlineData("{}")]
    [InlineData("{\"type\":\"url_verification\"}")]
    public async Task Events_MalformedSignedBody_400NeverAnswered(string body)
    {
        await using var host = await SlackHost.StartAsync();
        var response = await host.SendAsync(SignedSlackRequest.Json("/api/slack/events", body, SlackHost.Secret));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await host.MarkerAnsweredAsync();
        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
    }

    [Theory]
    [InlineData("""{"type":"event_callback"}""")]
    [InlineData("""{"type":"event_callback","event":{"type":"app_mention","text":"no channel or ts"}}""")]
    [InlineData("""{"type":"event_callback","event":{"type":"app_mention","channel":7,"ts":[],"user":null}}""")]
    [InlineData("""{"type":"app_rate_limited","minute_rate_limited":1518467820}""")]
    public async Task Events_OddButValidJson_AcknowledgedAndIgnored(string body)
    {
        await using var host = await SlackHost.StartAsync();
        var response = await host.SendAsync(SignedSlackRequest.Json("/api/slack/events", body, SlackHost.Secret));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.MarkerAnsweredAsync();
        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Events_EmptyMention_RepliesWithHowToAsk()
    {
        await using var host = await SlackHost.StartAsync();
        await host.PostEventAsync(SlackHost.Mention("EvEmpty", Mention, "1700000008.000100"));
        var post = (await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage"))[0];
        Assert.Contains("empty", (string?)post.Body["text"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Events_ShutdownRightAfterAck_ReplyStillSent()
    {
        var host = await SlackHost.StartAsync();
        await using var slack = host.Slack;
        await host.PostEventAsync(SlackHost.Mention("EvShutdown", $"{Mention} Does an ML engineer need Spark?", "1700000009.000100"));
        await host.Server.DisposeAsync();
        Assert.Single(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task WebApi_RateLimited_RetriedAfterRetryAfter()
    {
        await using var host = await SlackHost.StartAsync();
        host.Slack.FailNext("chat.postMessage", HttpStatusCode.TooManyRequests);
        await host.PostEventAsync(SlackHost.Mention("Ev429", $"{Mention} Does an ML engineer need Spark?", "1700000010.000100"));
        var posts = await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage", count: 2);
        Assert.Equal(posts[0].Body.ToJsonString(), posts[1].Body.ToJsonString());
    }
}
