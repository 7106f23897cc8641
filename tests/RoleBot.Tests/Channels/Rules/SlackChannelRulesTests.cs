using System.Net;
using System.Text.Json.Nodes;
using RoleBot.TestKit;
using RoleBot.TestKit.Slack;
using RoleBot.Tests.Channels.Slack;

namespace RoleBot.Tests.Channels.Rules;

/// <summary>channels.yml in Slack: a channel's scope reaches the search, its trigger decides when RoleBot speaks.</summary>
public sealed class SlackChannelRulesTests : IAsyncLifetime
{
    private const string Mention = "<@" + FakeSlackApi.BotUserId + ">";

    private const string Rules = """
        # test rules
        slack:
          C0SCOPED:
            name: "#ml-team"
            folders: [team/]
            trigger: question
          C0TAGGED:
            tags: [ml-team]
        """;

    private TempFolder _knowledge = null!;
    private SlackHost _host = null!;

    public async ValueTask InitializeAsync()
    {
        _knowledge = TeamKnowledge.Create(channels: Rules);
        _host = await SlackHost.StartAsync(new Dictionary<string, string?> { ["Knowledge:Path"] = _knowledge.Path });
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        _knowledge.Dispose();
    }

    private static JsonObject ChannelMessage(string eventId, string text, string ts, string channel, string? threadTs = null, bool bot = false)
    {
        var ev = new JsonObject
        {
            ["type"] = "message", ["channel_type"] = "channel", ["user"] = "U0BEN", ["text"] = text, ["ts"] = ts, ["channel"] = channel,
        };
        if (threadTs is not null)
        {
            ev["thread_ts"] = threadTs;
        }

        if (bot)
        {
            ev["bot_id"] = "B0OTHERAPP";
            ev["subtype"] = "bot_message";
        }

        return SlackHost.Callback(eventId, ev);
    }

    private static IEnumerable<string> SourceLines(SlackApiCall post) =>
        post.Body["blocks"]!.AsArray()
            .Where(b => ((string?)b!["block_id"])?.StartsWith("rolebot_sources", StringComparison.Ordinal) == true)
            .SelectMany(b => b!["elements"]!.AsArray().Select(e => (string?)e!["text"] ?? ""));

    [Fact]
    public async Task Mention_InScopedChannel_CitesOnlyItsFolder()
    {
        await _host.PostEventAsync(SlackHost.Mention("EvS1", $"{Mention} {TeamKnowledge.SparkQuestion}", "1700000101.000001", channel: "C0SCOPED"));
        var post = (await _host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0SCOPED"))[0];

        var sources = SourceLines(post).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Contains(TeamKnowledge.TeamTitle, s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mention_InUnlistedChannel_SearchesEverything()
    {
        await _host.PostEventAsync(SlackHost.Mention("EvS2", $"{Mention} {TeamKnowledge.SparkQuestion}", "1700000102.000001", channel: "C0ELSEWHERE"));
        var post = (await _host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0ELSEWHERE"))[0];
        Assert.Contains(SourceLines(post), s => !s.Contains(TeamKnowledge.TeamTitle, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Mention_InTaggedChannel_CitesOnlyTaggedDocuments()
    {
        await _host.PostEventAsync(SlackHost.Mention("EvS3", $"{Mention} {TeamKnowledge.SparkQuestion}", "1700000103.000001", channel: "C0TAGGED"));
        var post = (await _host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0TAGGED"))[0];
        Assert.All(SourceLines(post), s => Assert.Contains(TeamKnowledge.TeamTitle, s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnmentionedQuestion_QuestionTriggerChannel_AnsweredInItsThread()
    {
        await _host.PostEventAsync(ChannelMessage("EvS4", "does an ML engineer need Spark?", "1700000104.000001", "C0SCOPED"));
        var post = (await _host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0SCOPED"))[0];
        Assert.Equal("1700000104.000001", (string?)post.Body["thread_ts"]);
        Assert.StartsWith("Yes", (string?)post.Body["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnmentionedMessages_NotAQuestionOrMentionOnlyChannelOrBotOrThread_Ignored()
    {
        var ignored = new[]
        {
            ChannelMessage("EvS5a", "spark is great.", "1700000105.000001", "C0SCOPED"),                       // no "?"
            ChannelMessage("EvS5b", "does an ML engineer need Spark?", "1700000105.000002", "C0TAGGED"),      // mention-only channel
            ChannelMessage("EvS5c", "does an ML engineer need Spark?", "1700000105.000003", "C0ELSEWHERE"),   // unlisted channel
            ChannelMessage("EvS5d", "does an ML engineer need Spark?", "1700000105.000004", "C0SCOPED", bot: true),
            ChannelMessage("EvS5e", "does an ML engineer need Spark?", "1700000105.000005", "C0SCOPED", threadTs: "1700000100.000009"),
        };
        foreach (var message in ignored)
        {
            Assert.Equal(HttpStatusCode.OK, (await _host.PostEventAsync(message)).StatusCode);
        }

        await _host.MarkerAnsweredAsync();
        Assert.DoesNotContain(_host.Slack.CallsTo("chat.postMessage"), c => (string?)c.Body["channel"] is "C0SCOPED" or "C0TAGGED" or "C0ELSEWHERE");
    }

    [Fact]
    public async Task MentionEndingWithQuestionMark_BothEventsDelivered_AnsweredOnce()
    {
        var text = $"{Mention} does an ML engineer need Spark?";
        await _host.PostEventAsync(SlackHost.Mention("EvS6a", text, "1700000106.000001", channel: "C0SCOPED"));
        await _host.PostEventAsync(ChannelMessage("EvS6b", text, "1700000106.000001", "C0SCOPED"));
        await _host.MarkerAnsweredAsync();
        Assert.Single(_host.Slack.CallsTo("chat.postMessage"), c => (string?)c.Body["channel"] == "C0SCOPED");
    }

    [Fact]
    public async Task RulesFile_Edited_NewChannelAnswersWithoutRestart()
    {
        await _host.PostEventAsync(ChannelMessage("EvS7a", "does an ML engineer need Spark?", "1700000107.000001", "C0LATER"));
        await _host.MarkerAnsweredAsync();
        Assert.DoesNotContain(_host.Slack.CallsTo("chat.postMessage"), c => (string?)c.Body["channel"] == "C0LATER");

        _knowledge.Write("channels.yml", Rules + "\n  C0LATER:\n    trigger: question\n");
        await TeamKnowledge.WaitForConfigAsync(_host.Server.Client, "channels.yml", e => e.GetProperty("entries").GetInt32() == 3);

        await _host.PostEventAsync(ChannelMessage("EvS7b", "does an ML engineer need Spark?", "1700000107.000002", "C0LATER"));
        var post = (await _host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0LATER"))[0];
        Assert.Equal("1700000107.000002", (string?)post.Body["thread_ts"]);
    }
}
