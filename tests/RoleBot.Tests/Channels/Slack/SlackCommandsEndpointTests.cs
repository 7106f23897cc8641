using System.Net;
using System.Text.Json.Nodes;
using RoleBot.TestKit.Slack;

namespace RoleBot.Tests.Channels.Slack;

public sealed class SlackCommandsEndpointTests
{
    private static Dictionary<string, string> Command(FakeSlackApi slack, string text, string responseId = "cmd1") => new()
    {
        ["token"] = "deprecated",
        ["team_id"] = "T0001",
        ["team_domain"] = "example",
        ["channel_id"] = "C0CHANNEL",
        ["channel_name"] = "onboarding",
        ["user_id"] = "U0ALICE",
        ["user_name"] = "alice",
        ["command"] = "/rolebot",
        ["text"] = text,
        ["response_url"] = slack.ResponseUrl(responseId).AbsoluteUri,
        ["trigger_id"] = "123.456.abc",
        ["api_app_id"] = "A0001",
    };

    private static async Task<JsonObject> AckAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
    }

    [Fact]
    public async Task Command_Question_EphemeralAckThenAnswerViaResponseUrl()
    {
        await using var host = await SlackHost.StartAsync();
        var ack = await AckAsync(await host.SendAsync(SignedSlackRequest.Form("/api/slack/commands", Command(host.Slack, "does an ML engineer need Spark?"), SlackHost.Secret)));
        Assert.Equal("ephemeral", (string?)ack["response_type"]);
        Assert.Contains("Looking that up", (string?)ack["text"], StringComparison.Ordinal);

        var answer = (await host.Slack.WaitForAsync(c => c.Method == "response_url"))[0];
        Assert.Equal("ephemeral", (string?)answer.Body["response_type"]);
        Assert.Null(answer.Authorization);
        Assert.Contains("[1]", answer.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(host.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Command_Share_AnswerPostedInChannel()
    {
        await using var host = await SlackHost.StartAsync();
        await AckAsync(await host.SendAsync(SignedSlackRequest.Form("/api/slack/commands", Command(host.Slack, "share does an ML engineer need Spark?"), SlackHost.Secret)));
        var answer = (await host.Slack.WaitForAsync(c => c.Method == "response_url"))[0];
        Assert.Equal("in_channel", (string?)answer.Body["response_type"]);
        Assert.Contains("Spark", answer.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Command_HelpOrEmpty_ShowsUsageWithoutBackgroundAnswer(string text)
    {
        await using var host = await SlackHost.StartAsync();
        var ack = await AckAsync(await host.SendAsync(SignedSlackRequest.Form("/api/slack/commands", Command(host.Slack, text), SlackHost.Secret)));
        Assert.Contains("/rolebot share", (string?)ack["text"], StringComparison.Ordinal);
        await host.MarkerAnsweredAsync();
        Assert.Empty(host.Slack.CallsTo("response_url"));
    }

    [Fact]
    public async Task Command_TooLongQuestion_ExplainsLimit()
    {
        await using var host = await SlackHost.StartAsync();
        var ack = await AckAsync(await host.SendAsync(SignedSlackRequest.Form("/api/slack/commands", Command(host.Slack, new string('a', 1500)), SlackHost.Secret)));
        Assert.Contains("limit", (string?)ack["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_SslCheck_200Empty()
    {
        await using var host = await SlackHost.StartAsync();
        var response = await host.SendAsync(SignedSlackRequest.Form("/api/slack/commands", [new("ssl_check", "1"), new("token", "x")], secret: null));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Command_Unsigned_401AndNoAnswer()
    {
        await using var host = await SlackHost.StartAsync();
        var response = await host.SendAsync(SignedSlackRequest.Form("/api/slack/commands", Command(host.Slack, "does an ML engineer need Spark?"), "wrong-secret"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await host.MarkerAnsweredAsync();
        Assert.Empty(host.Slack.CallsTo("response_url"));
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "%%%&&&===")]
    [InlineData("application/x-www-form-urlencoded", "text=hello")]
    [InlineData("application/json", "{\"command\":\"/rolebot\",\"text\":\"hi\"}")]
    public async Task Command_MalformedForm_400(string contentType, string body)
    {
        await using var host = await SlackHost.StartAsync();
        var response = await host.SendAsync(SignedSlackRequest.Create("/api/slack/commands", body, contentType, SlackHost.Secret));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Command_BadResponseUrl_ExplainsInsteadOfFailing()
    {
        await using var host = await SlackHost.StartAsync();
        var fields = Command(host.Slack, "does an ML engineer need Spark?");
        fields["response_url"] = "file:///etc/passwd";
        var ack = await AckAsync(await host.SendAsync(SignedSlackRequest.Form("/api/slack/commands", fields, SlackHost.Secret)));
        Assert.Contains("response_url", (string?)ack["text"], StringComparison.Ordinal);
    }
}
