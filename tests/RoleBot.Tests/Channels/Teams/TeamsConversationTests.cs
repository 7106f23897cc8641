using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.State;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>Teams-shaped activities in every scope, each answered per its contract.</summary>
public sealed class TeamsConversationTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private BotFrameworkTestBed Bed => fixture.Bed;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ChannelThreadMention_Question_ReplyLandsInThatThread()
    {
        var activity = TeamsActivities.ChannelThread(Bed.Connector.ServiceUrl, "What does a data scientist do?");
        Assert.Equal(HttpStatusCode.OK, (await Bed.PostAsync(activity)).StatusCode);

        var reply = await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], Ct);
        Assert.Equal("19:abc@thread.tacv2;messageid=1712345678901", reply.ConversationId);
        Assert.Contains("%3Bmessageid%3D1712345678901", reply.RawPath, StringComparison.Ordinal);
        Assert.Equal("19:abc@thread.tacv2;messageid=1712345678901", (string?)reply.Activity["conversation"]!["id"]);
        Assert.DoesNotContain("<at>", (string?)reply.Activity["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupChatMention_Question_MentionStrippedAndAnswered()
    {
        var activity = TeamsActivities.GroupChat(Bed.Connector.ServiceUrl, "Does an ML engineer need Spark?");
        Assert.Equal(HttpStatusCode.OK, (await Bed.PostAsync(activity)).StatusCode);

        var reply = await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], Ct);
        Assert.Equal("19:group-chat-1@thread.v2", reply.ConversationId);
        Assert.Contains("Spark", (string?)reply.Activity["text"], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[1]", (string?)reply.Activity["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TypingIndicator_BeforeAnswer_IsSentFirst()
    {
        var activity = TeamsActivities.Personal(Bed.Connector.ServiceUrl, "What skills does a data scientist need?");
        await Bed.PostAsync(activity);
        await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], Ct);

        var mine = Bed.Connector.Delivered.Where(c => c.ReplyToId == (string?)activity["id"]).Select(c => c.Type).ToList();
        Assert.Equal("typing", mine[0]);
        Assert.Contains("message", mine);
    }

    [Fact]
    public async Task FollowUp_WhatAboutOtherRole_AnswersForTheOtherRole()
    {
        var conversation = "a:followup-" + Guid.NewGuid().ToString("N");
        var first = TeamsActivities.Personal(Bed.Connector.ServiceUrl, "Does an ML engineer need Spark?", conversationId: conversation);
        await Bed.PostAsync(first);
        await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)first["id"], Ct);

        var second = TeamsActivities.Personal(Bed.Connector.ServiceUrl, "what about data scientists?", conversationId: conversation);
        await Bed.PostAsync(second);
        var reply = await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)second["id"] && c.Activity["entities"] is not null, Ct);
        var text = (string?)reply.Activity["text"] ?? "";
        Assert.Contains("data scien", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Spark", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task RedeliveredActivity_SameId_AnsweredOnce()
    {
        var activity = TeamsActivities.Personal(Bed.Connector.ServiceUrl, "What does an ML engineer do?");
        Assert.Equal(HttpStatusCode.OK, (await Bed.PostAsync(activity)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Bed.PostAsync(activity)).StatusCode);
        await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], Ct);
        await Task.Delay(500, Ct);

        Assert.Single(Bed.Connector.Delivered, c => c.ReplyToId == (string?)activity["id"] && c.Type == "typing");
    }

    [Fact]
    public async Task BotAdded_ConversationUpdate_OneWelcomeCardWithExamples()
    {
        var activity = TeamsActivities.ConversationUpdate(Bed.Connector.ServiceUrl);
        Assert.Equal(HttpStatusCode.OK, (await Bed.PostAsync(activity)).StatusCode);

        var welcome = await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], Ct);
        var card = welcome.Activity["attachments"]![0]!["content"]!;
        Assert.Equal("1.5", (string?)card["version"]);
        var actions = card["actions"]!.AsArray();
        Assert.True(actions.Count >= 2);
        Assert.All(actions, a => Assert.Equal("Action.Execute", (string?)a!["type"]));
        Assert.All(actions, a => Assert.Equal("Action.Submit", (string?)a!["fallback"]!["type"]));
    }

    [Theory]
    [InlineData("help", "Hi, I'm RoleBot")]
    [InlineData("about", "documents")]
    [InlineData("sources", "**Sources**")]
    public async Task Command_Personal_RepliesWithItsText(string command, string expected)
    {
        var activity = TeamsActivities.Personal(Bed.Connector.ServiceUrl, command);
        await Bed.PostAsync(activity);
        var reply = await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], Ct);
        // Teams gets the welcome as a card only (text beside a card would become a second message).
        var text = (string?)reply.Activity["text"] ?? (string?)reply.Activity["attachments"]![0]!["content"]!["fallbackText"];
        Assert.Contains(expected, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeedbackInvoke_OnAnsweredMessage_200EmptyBodyAndStored()
    {
        var question = TeamsActivities.Personal(Bed.Connector.ServiceUrl, "Does a data scientist need Python?");
        await Bed.PostAsync(question);
        var answer = await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)question["id"] && c.Activity["entities"] is not null, Ct);

        // RoleBot remembers the answer under its id once the connector's response arrives, just after the fake records it.
        var memory = Bed.Server.Services.GetRequiredService<RoleBot.Channels.Teams.AnswerMemory>();
        for (var i = 0; i < 100 && memory.Find(answer.SentId) is null; i++)
        {
            await Task.Delay(20, Ct);
        }

        // Teams sends the id the connector gave the answer back as the vote's replyToId.
        var invoke = TeamsActivities.FeedbackInvoke(Bed.Connector.ServiceUrl, answer.SentId!, "dislike", "too short");
        var response = await Bed.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync(Ct));
        var store = Bed.Server.Services.GetRequiredService<IFeedbackStore>();
        var vote = (await store.RecentFeedbackAsync(10, Ct)).First(v => v.Comment == "too short");
        Assert.False(vote.Helpful);
        Assert.Equal("teams", vote.Channel);
        Assert.Equal("Does a data scientist need Python?", vote.Question);
        Assert.NotEmpty(vote.CitationIds);
    }

    [Fact]
    public async Task CardActionInvoke_Ask_InvokeResponseThenCitedAnswer()
    {
        var invoke = TeamsActivities.CardActionInvoke(Bed.Connector.ServiceUrl, "ask", "What is the difference between a data scientist and an ML engineer?");
        var response = await Bed.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.False(string.IsNullOrEmpty((string?)body["value"]));
        var answer = await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)invoke["id"] && c.Activity["entities"] is not null, Ct);
        Assert.Contains("[1]", (string?)answer.Activity["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardActionInvoke_UnknownVerb_ErrorInvokeResponse()
    {
        var invoke = TeamsActivities.CardActionInvoke(Bed.Connector.ServiceUrl, "delete-everything", "x");
        var response = await Bed.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
    }

    [Fact]
    public async Task SubmitActionMessage_AskValue_AnswersTheQuestion()
    {
        var activity = TeamsActivities.Personal(Bed.Connector.ServiceUrl, "");
        activity.Remove("text");
        activity["value"] = new JsonObject { ["rolebot"] = "ask", ["question"] = "What does a data scientist do?" };
        Assert.Equal(HttpStatusCode.OK, (await Bed.PostAsync(activity)).StatusCode);

        var reply = await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"] && c.Activity["entities"] is not null, Ct);
        Assert.Contains("[1]", (string?)reply.Activity["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComparisonQuestion_Teams_TextWithCitationsThenCardWithTableAndExecuteActions()
    {
        var activity = TeamsActivities.Personal(Bed.Connector.ServiceUrl, "What is the difference between a data scientist and an ML engineer?");
        await Bed.PostAsync(activity);
        await Bed.Connector.WaitForAsync(d => d.Count(c => c.ReplyToId == (string?)activity["id"] && c.Type == "message") >= 2, cancellationToken: Ct);

        var messages = Bed.Connector.Delivered.Where(c => c.ReplyToId == (string?)activity["id"] && c.Type == "message").ToList();
        Assert.NotNull(messages[0].Activity["entities"]);
        Assert.Null(messages[0].Activity["attachments"]);
        var card = messages[1].Activity["attachments"]![0]!["content"]!;
        Assert.Null(messages[1].Activity["text"]);
        Assert.Contains(card["body"]!.AsArray(), e => (string?)e!["type"] == "ColumnSet");
        Assert.All(card["actions"]!.AsArray(), a => Assert.Equal("Action.Execute", (string?)a!["type"]));
    }

    [Fact]
    public async Task UserJoined_ConversationUpdateWithoutBot_NoWelcome()
    {
        var activity = TeamsActivities.ConversationUpdate(Bed.Connector.ServiceUrl);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:1new-colleague" });
        Assert.Equal(HttpStatusCode.OK, (await Bed.PostAsync(activity)).StatusCode);
        await Task.Delay(300, Ct);
        Assert.DoesNotContain(Bed.Connector.Calls, c => c.ReplyToId == (string?)activity["id"]);
    }
}
