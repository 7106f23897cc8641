using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.State;
using RoleBot.TestKit.Slack;

namespace RoleBot.Tests.Channels.Slack;

public sealed class SlackInteractionsEndpointTests
{
    private const string Mention = "<@" + FakeSlackApi.BotUserId + ">";

    /// <summary>Gets a real answer posted by RoleBot, to click its buttons the way Slack would.</summary>
    private static async Task<JsonObject> PostedAnswerAsync(SlackHost host, string question)
    {
        await host.PostEventAsync(SlackHost.Mention("EvAns" + Guid.NewGuid().ToString("N"), $"{Mention} {question}", "1700000100.000100", channel: "C0ANSWER"));
        return (await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0ANSWER"))[0].Body;
    }

    private static JsonObject Click(FakeSlackApi slack, JsonObject posted, string actionId)
    {
        var button = posted["blocks"]!.AsArray().SelectMany(b => b!["elements"]?.AsArray() ?? [])
            .First(e => (string?)e!["action_id"] == actionId)!;
        return new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = "U0BOB", ["name"] = "bob" },
            ["team"] = new JsonObject { ["id"] = "T0001" },
            ["api_app_id"] = "A0001",
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000100.000200", ["channel_id"] = "C0ANSWER", ["is_ephemeral"] = false },
            ["channel"] = new JsonObject { ["id"] = "C0ANSWER" },
            ["message"] = new JsonObject
            {
                ["type"] = "message", ["ts"] = "1700000100.000200", ["thread_ts"] = "1700000100.000100",
                ["text"] = posted["text"]!.DeepClone(), ["blocks"] = posted["blocks"]!.DeepClone(),
            },
            ["response_url"] = slack.ResponseUrl("click").AbsoluteUri,
            ["trigger_id"] = "1.2.3",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = actionId, ["block_id"] = "rolebot_feedback", ["value"] = button["value"]!.DeepClone(),
                ["type"] = "button", ["action_ts"] = "1700000101.000000",
            }),
        };
    }

    private static Task<HttpResponseMessage> SendAsync(SlackHost host, JsonObject payload) =>
        host.SendAsync(SignedSlackRequest.Form("/api/slack/interactions", [new("payload", payload.ToJsonString())], SlackHost.Secret));

    [Theory]
    [InlineData("rolebot_helpful", true)]
    [InlineData("rolebot_not_helpful", false)]
    public async Task Interaction_Vote_StoredAndMessageShowsVote(string actionId, bool helpful)
    {
        await using var host = await SlackHost.StartAsync();
        var posted = await PostedAnswerAsync(host, "Does an ML engineer need Spark?");
        var response = await SendAsync(host, Click(host.Slack, posted, actionId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var update = (await host.Slack.WaitForAsync(c => c.Method == "response_url"))[0];
        Assert.Equal(true, (bool?)update.Body["replace_original"]);
        var blocks = update.Body["blocks"]!.ToJsonString();
        Assert.Contains(helpful ? "Marked helpful" : "Marked not helpful", blocks, StringComparison.Ordinal);
        Assert.DoesNotContain("rolebot_feedback", blocks, StringComparison.Ordinal);
        Assert.Contains("Spark", blocks, StringComparison.Ordinal);

        var votes = await host.Server.Services.GetRequiredService<IFeedbackStore>().RecentFeedbackAsync(10, TestContext.Current.CancellationToken);
        var vote = Assert.Single(votes);
        Assert.Equal(("slack", helpful, "U0BOB", "Does an ML engineer need Spark?"), (vote.Channel, vote.Helpful, vote.UserId, vote.Question));
        Assert.NotEmpty(vote.CitationIds);
        Assert.Contains("Spark", vote.AnswerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interaction_Compare_AnsweredInThread()
    {
        await using var host = await SlackHost.StartAsync();
        var posted = await PostedAnswerAsync(host, "Does an ML engineer need Spark?");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(host, Click(host.Slack, posted, "rolebot_compare"))).StatusCode);
        var reply = (await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage", count: 2))[1];
        Assert.Equal("C0ANSWER", (string?)reply.Body["channel"]);
        Assert.Equal("1700000100.000100", (string?)reply.Body["thread_ts"]);
        Assert.Contains("rolebot_comparison", reply.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interaction_SuggestionButton_AnswersSuggestedQuestion()
    {
        await using var host = await SlackHost.StartAsync();
        var posted = await PostedAnswerAsync(host, "What is the capital of France?");
        Assert.Contains("rolebot_suggestions", posted["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(host, Click(host.Slack, posted, "rolebot_ask_0"))).StatusCode);
        var reply = (await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage", count: 2))[1];
        Assert.Contains("[1]", reply.Body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        var unanswered = await host.Server.Services.GetRequiredService<IFeedbackStore>().TopUnansweredAsync(5, TestContext.Current.CancellationToken);
        Assert.Contains(unanswered, u => u.Question == "What is the capital of France?");
    }

    [Theory]
    [InlineData("rolebot_compare", "not_in_channel")]
    [InlineData("rolebot_compare", "channel_not_found")]
    [InlineData("rolebot_ask_0", "not_in_channel")]
    public async Task Interaction_ButtonUnderSharedAnswer_BotNotInChannel_AnsweredThroughResponseUrl(string actionId, string refusal)
    {
        // "/rolebot share" posts through the command's response_url, so the answer can sit in a channel the bot is not in.
        await using var host = await SlackHost.StartAsync();
        var question = actionId == "rolebot_compare" ? "Does an ML engineer need Spark?" : "What is the capital of France?";
        var shared = await SharedAnswerAsync(host, question);
        host.Slack.RefusePostsTo("C0SHARED", refusal);
        var click = Click(host.Slack, shared, actionId);
        click["channel"]!["id"] = "C0SHARED";
        click["container"]!["channel_id"] = "C0SHARED";
        click["message"]!.AsObject().Remove("thread_ts");

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(host, click)).StatusCode);

        var reply = (await host.Slack.WaitForAsync(c => c.Method == "response_url" && c.Body["blocks"] is not null, count: 2))[1].Body;
        Assert.Equal("in_channel", (string?)reply["response_type"]);
        Assert.Equal(false, (bool?)reply["replace_original"]);
        Assert.Contains("[1]", reply["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Single(host.Slack.CallsTo("chat.postMessage"), c => (string?)c.Body["channel"] == "C0SHARED");
    }

    /// <summary>An answer shared with "/rolebot share", as its response_url post carries it.</summary>
    private static async Task<JsonObject> SharedAnswerAsync(SlackHost host, string question)
    {
        var form = new Dictionary<string, string>
        {
            ["team_id"] = "T0001", ["channel_id"] = "C0SHARED", ["user_id"] = "U0ALICE", ["command"] = "/rolebot",
            ["text"] = "share " + question, ["response_url"] = host.Slack.ResponseUrl("share").AbsoluteUri,
        };
        Assert.Equal(HttpStatusCode.OK, (await host.SendAsync(SignedSlackRequest.Form("/api/slack/commands", form, SlackHost.Secret))).StatusCode);
        return (await host.Slack.WaitForAsync(c => c.Method == "response_url"))[0].Body;
    }

    [Theory]
    [InlineData("payload=%7Bnot%20json")]
    [InlineData("payload=%5B1%2C2%5D")]
    [InlineData("nopayload=1")]
    [InlineData("payload=%7B%7D")]
    public async Task Interaction_MalformedPayload_400AndNothingSent(string body)
    {
        await using var host = await SlackHost.StartAsync();
        var response = await host.SendAsync(SignedSlackRequest.Create("/api/slack/interactions", body, "application/x-www-form-urlencoded", SlackHost.Secret));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await host.MarkerAnsweredAsync();
        Assert.Empty(host.Slack.CallsTo("response_url"));
    }

    [Fact]
    public async Task Interaction_UnknownActionOrBadValue_AcknowledgedAndIgnored()
    {
        await using var host = await SlackHost.StartAsync();
        var posted = await PostedAnswerAsync(host, "Does an ML engineer need Spark?");
        var click = Click(host.Slack, posted, "rolebot_helpful");
        click["actions"]![0]!["value"] = "{broken";
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(host, click)).StatusCode);
        click["actions"]![0]!["action_id"] = "someone_elses_button";
        click["actions"]![0]!["value"] = "x";
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(host, click)).StatusCode);
        await host.MarkerAnsweredAsync();
        Assert.Empty(host.Slack.CallsTo("response_url"));
        Assert.Empty(await host.Server.Services.GetRequiredService<IFeedbackStore>().RecentFeedbackAsync(10, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("""{"q":"Does an ML engineer need Spark?","q":"x"}""")]
    [InlineData("""{"q":"Does an ML engineer need Spark?","p":["a"],"p":["b"]}""")]
    public async Task Interaction_ButtonValueWithDuplicateKeys_AcknowledgedAndIgnoredNot500(string value)
    {
        await using var host = await SlackHost.StartAsync();
        var posted = await PostedAnswerAsync(host, "Does an ML engineer need Spark?");
        var click = Click(host.Slack, posted, "rolebot_helpful");
        click["actions"]![0]!["value"] = value;

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(host, click)).StatusCode);
        await host.MarkerAnsweredAsync();
        Assert.Empty(host.Slack.CallsTo("response_url"));
        Assert.Empty(await host.Server.Services.GetRequiredService<IFeedbackStore>().RecentFeedbackAsync(10, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Interaction_Unsigned_401()
    {
        await using var host = await SlackHost.StartAsync();
        var response = await host.SendAsync(SignedSlackRequest.Form("/api/slack/interactions", [new("payload", "{\"type\":\"block_actions\"}")], secret: null));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
