using System.Text.Json.Nodes;
using RoleBot.Channels.Teams;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>The Teams and Web Chat forms of an answer, and the size budget, on answers built in the test.</summary>
public sealed class AnswerRenderingTests
{
    private static Activity NewReply() => new() { Type = "message", Conversation = new ConversationAccount { Id = "c" } };

    private static Answer Sample(int citations, int excerptChars, string? url = "https://intranet.example/roles/ds") => new()
    {
        Question = "What does a data scientist do?",
        Answered = true,
        Shape = QuestionShape.Open,
        Lead = "The sources describe it [1]" + (citations > 1 ? " and [2]." : "."),
        Text = "plain",
        Citations = Enumerable.Range(1, citations).Select(n => new Citation(n, new string('T', 120) + n, "Responsibilities", "data-scientist.md", url,
            new Excerpt(string.Join(' ', Enumerable.Repeat("word", excerptChars / 5)), 0, []), 1.0, $"p{n}", ["data-scientist"], null)).ToList(),
        Roles = ["data scientist"],
        OtherRole = "ML engineer",
        CompareQuestion = "What is the difference between a data scientist and an ML engineer?",
        Suggestions = ["What skills does a data scientist need?"],
    };

    [Fact]
    public void TeamsCitations_LongTitlesAndExcerpts_WithinTeamsLimits()
    {
        var activities = TeamsAnswerRenderer.Render(Sample(3, 2000), NewReply, 4000);
        var entity = activities[0].Entities!.Single()!;
        var citations = entity["citation"]!.AsArray();

        // [1] and [2] are in the lead and every [n] is in the numbered list: all three are referenced.
        Assert.Equal([1, 2, 3], citations.Select(c => (int)c!["position"]!));
        Assert.All(citations, c => Assert.True(((string)c!["appearance"]!["name"]!).Length <= TeamsAnswerRenderer.MaxNameChars));
        Assert.All(citations, c => Assert.True(((string)c!["appearance"]!["abstract"]!).Length <= TeamsAnswerRenderer.MaxAbstractChars));
        Assert.All(citations, c => Assert.Equal("https://intranet.example/roles/ds", (string?)c!["appearance"]!["url"]));
    }

    [Fact]
    public void TeamsCard_FollowUps_ExecuteWithSubmitFallback()
    {
        var activities = TeamsAnswerRenderer.Render(Sample(1, 100), NewReply, 4000);
        var card = activities[1].Attachments!.Single().Content!;
        Assert.Equal("1.5", (string?)card["version"]);
        var compare = card["actions"]![0]!;
        Assert.Equal("Action.Execute", (string?)compare["type"]);
        Assert.Equal("Action.Submit", (string?)compare["fallback"]!["type"]);
        Assert.Contains("ML engineer", (string?)compare["data"]!["question"], StringComparison.Ordinal);
    }

    [Fact]
    public void WebChatCard_Answer_SubmitOnlyWithQuotesSourcesAndVotes()
    {
        var activity = WebChatAnswerRenderer.Render(Sample(2, 100), "key-1", NewReply, 4000).Single();
        var card = activity.Attachments!.Single().Content!;
        var json = card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        Assert.DoesNotContain("Action.Execute", json, StringComparison.Ordinal);
        Assert.Contains("[1] \u201C", json, StringComparison.Ordinal);
        Assert.Contains("](https://intranet.example/roles/ds)", json, StringComparison.Ordinal);
        var titles = card["actions"]!.AsArray().Select(a => (string?)a!["title"]).ToList();
        Assert.Contains("Helpful", titles);
        Assert.Contains("Not helpful", titles);
        Assert.Equal("key-1", (string?)card["actions"]![0]!["data"]!["answer"]);
        Assert.Contains("[2]", activity.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void HugeAnswer_Render_TrimmedUnder80KBKeepingCitations(bool teams)
    {
        var answer = Sample(20, 12_000);
        var untrimmed = teams ? TeamsAnswerRenderer.Render(answer, NewReply, 100_000) : WebChatAnswerRenderer.Render(answer, "k", NewReply, 100_000);
        Assert.True(untrimmed.Max(MessageBudget.Size) > MessageBudget.MaxActivityBytes, "the sample must exceed the budget");

        var fitted = MessageBudget.Fit(n => teams ? TeamsAnswerRenderer.Render(answer, NewReply, n) : WebChatAnswerRenderer.Render(answer, "k", NewReply, n));

        Assert.All(fitted, a => Assert.True(MessageBudget.Size(a) <= MessageBudget.MaxActivityBytes, $"{MessageBudget.Size(a)} bytes"));
        Assert.Contains("[20]", fitted[0].Text, StringComparison.Ordinal);
        Assert.True(teams ? fitted[0].Entities is { Count: 1 } : fitted[0].Attachments is { Count: 1 });
    }

    [Fact]
    public void Mention_BotAndColleague_OnlyBotRemoved()
    {
        var activity = new Activity
        {
            Text = "<at>RoleBot</at>\u00A0ask <at>Ben</at> about Spark",
            Recipient = new ChannelAccount { Id = "28:bot" },
            Entities =
            [
                new JsonObject { ["type"] = "mention", ["text"] = "<at>RoleBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:bot" } },
                new JsonObject { ["type"] = "mention", ["text"] = "<at>Ben</at>", ["mentioned"] = new JsonObject { ["id"] = "29:ben" } },
            ],
        };
        Assert.Equal("ask <at>Ben</at> about Spark", MentionText.Clean(activity));
    }
}
