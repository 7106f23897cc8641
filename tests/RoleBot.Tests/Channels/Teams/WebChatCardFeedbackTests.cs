using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.State;
using RoleBot.TestKit.BotFramework;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>The Web Chat card's Helpful / Not helpful buttons (Action.Submit) in local development mode.</summary>
public sealed class WebChatCardFeedbackTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NotHelpfulButton_Submitted_StoredWithQuestionAndThanked()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var server = await RoleBotServer.StartAsync();
        var question = TeamsActivities.Personal(connector.ServiceUrl, "What skills does an ML engineer need?");
        question["channelId"] = "webchat";
        await PostAsync(server, question);
        var answer = await connector.WaitForMessageAsync(c => c.ReplyToId == (string?)question["id"], Ct);
        var card = answer.Activity["attachments"]![0]!["content"]!;
        var notHelpful = card["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Not helpful")!;
        Assert.Equal("Action.Submit", (string?)notHelpful["type"]);

        // Web Chat posts the button's data as the value of a message with no text.
        var click = TeamsActivities.Personal(connector.ServiceUrl, "");
        click["channelId"] = "webchat";
        click.Remove("text");
        click["value"] = notHelpful["data"]!.DeepClone();
        await PostAsync(server, click);

        var thanks = await connector.WaitForMessageAsync(c => c.ReplyToId == (string?)click["id"], Ct);
        Assert.Contains("Thanks", (string?)thanks.Activity["text"], StringComparison.Ordinal);
        var vote = Assert.Single(await server.Services.GetRequiredService<IFeedbackStore>().RecentFeedbackAsync(10, Ct));
        Assert.False(vote.Helpful);
        Assert.Equal("webchat", vote.Channel);
        Assert.Equal("What skills does an ML engineer need?", vote.Question);
        Assert.NotEmpty(vote.CitationIds);
    }

    private static async Task PostAsync(RoleBotServer server, JsonObject activity)
    {
        var response = await server.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
