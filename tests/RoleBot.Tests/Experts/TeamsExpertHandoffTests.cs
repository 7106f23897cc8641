using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Experts;
using RoleBot.TestKit;
using RoleBot.TestKit.BotFramework;
using RoleBot.Tests.Channels.Teams;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Experts;

/// <summary>
/// Experts in the loop on Teams through the fake Bot Connector: the experts channel's conversation reference is stored
/// at installation, the question goes there proactively as a card with an answer box, the answer comes back to the asker.
/// </summary>
public sealed class TeamsExpertHandoffTests : IAsyncLifetime
{
    private const string ExpertsChannel = "19:experts@thread.tacv2";

    private TempFolder _knowledge = null!;
    private BotFrameworkTestBed _bed = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _knowledge = TeamKnowledge.Create(experts: $$"""
            channels:
              teams: "{{ExpertsChannel}}"
            experts:
              ana: { name: Ana Lima, teams: "29:1ana" }
            """);
        _bed = await BotFrameworkTestBed.StartAsync(new Dictionary<string, string?> { ["Knowledge:Path"] = _knowledge.Path });
    }

    public async ValueTask DisposeAsync()
    {
        await _bed.DisposeAsync();
        _knowledge.Dispose();
    }

    /// <summary>Teams' conversationUpdate when RoleBot is added to the team whose channel is the experts channel.</summary>
    private JsonObject InstalledInExpertsChannel()
    {
        var activity = TeamsActivities.ConversationUpdate(_bed.Connector.ServiceUrl);
        activity["conversation"] = new JsonObject { ["id"] = ExpertsChannel, ["conversationType"] = "channel", ["tenantId"] = BotFrameworkTestBed.TenantId };
        activity["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = "19:expteam@thread.tacv2" },
            ["channel"] = new JsonObject { ["id"] = ExpertsChannel },
            ["tenant"] = new JsonObject { ["id"] = BotFrameworkTestBed.TenantId },
        };
        return activity;
    }

    private JsonObject Invoke(JsonObject data, string conversationId = "a:1personal-chat-id", string userId = "29:1user-ana", string userName = "Ana")
    {
        var activity = TeamsActivities.Personal(_bed.Connector.ServiceUrl, "", conversationId: conversationId);
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["from"] = new JsonObject { ["id"] = userId, ["name"] = userName };
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = (string?)data["rolebot"], ["data"] = data.DeepClone() },
            ["trigger"] = "manual",
        };
        return activity;
    }

    private static JsonObject? Action(ConnectorCall call, string verb) =>
        (call.Activity["attachments"] as JsonArray ?? []).SelectMany(a => a!["content"]?["actions"]?.AsArray() ?? [])
            .FirstOrDefault(a => (string?)a!["verb"] == verb) as JsonObject;

    private static string CardText(ConnectorCall call) =>
        string.Join("\n", (call.Activity["attachments"] as JsonArray ?? []).SelectMany(a => a!["content"]?["body"]?.AsArray() ?? [])
            .SelectMany(b => new[] { b }.Concat(b!["items"]?.AsArray() ?? [])).Select(b => (string?)b!["text"]).OfType<string>());

    [Fact]
    public async Task NotCovered_AskExpert_ProactiveCardInExpertsChannel_AnswerRelayedAndSaved()
    {
        Assert.Equal(HttpStatusCode.OK, (await _bed.PostAsync(InstalledInExpertsChannel())).StatusCode);
        await _bed.Connector.WaitForMessageAsync(c => c.ConversationId == ExpertsChannel, Ct);      // the welcome card

        var question = TeamsActivities.Personal(_bed.Connector.ServiceUrl, TeamKnowledge.UncoveredQuestion);
        await _bed.PostAsync(question);
        var offer = await _bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)question["id"] && Action(c, "askExpert") is not null, Ct);
        Assert.DoesNotContain(_bed.Connector.Delivered, c => c.ConversationId == ExpertsChannel && Action(c, "expertAnswer") is not null);

        var ask = await _bed.PostAsync(Invoke((JsonObject)Action(offer, "askExpert")!["data"]!.DeepClone()));
        var askBody = await ask.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("application/vnd.microsoft.activity.message", askBody.GetProperty("type").GetString());

        var posted = await _bed.Connector.WaitForMessageAsync(c => c.ConversationId == ExpertsChannel && Action(c, "expertAnswer") is not null, Ct);
        Assert.Null(posted.ReplyToId);
        Assert.StartsWith("Bearer ", posted.Authorization, StringComparison.Ordinal);
        Assert.Contains(TeamKnowledge.UncoveredQuestion, CardText(posted), StringComparison.Ordinal);
        Assert.Contains("From Ana", CardText(posted), StringComparison.Ordinal);
        var input = posted.Activity["attachments"]![0]!["content"]!["body"]!.AsArray().Single(b => (string?)b!["type"] == "Input.Text")!;
        var handoffId = (string)Action(posted, "expertAnswer")!["data"]!["handoff"]!;
        await _bed.Connector.WaitForMessageAsync(c => c.ConversationId == "a:1personal-chat-id" && ((string?)c.Activity["text"])?.Contains("passed your question", StringComparison.Ordinal) == true, Ct);

        // The expert types into the card's box and presses "Send answer": Teams merges the input into the action's data.
        var data = new JsonObject { ["rolebot"] = "expertAnswer", ["handoff"] = handoffId, [(string)input["id"]!] = "Ask the data platform team for the feature-store role." };
        var answered = await _bed.PostAsync(Invoke(data, ExpertsChannel, "29:1ana", "Ana L."));
        var card = await answered.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.GetProperty("type").GetString());
        Assert.Contains("Sent to the asker", card.GetProperty("value").GetRawText(), StringComparison.Ordinal);

        var relayed = await _bed.Connector.WaitForMessageAsync(c => c.ConversationId == "a:1personal-chat-id" && Action(c, "saveAnswer") is not null, Ct);
        Assert.Contains("Ana Lima answered:", CardText(relayed), StringComparison.Ordinal);
        Assert.Contains("Ask the data platform team for the feature-store role.", CardText(relayed), StringComparison.Ordinal);

        var save = await _bed.PostAsync(Invoke((JsonObject)Action(relayed, "saveAnswer")!["data"]!.DeepClone()));
        var saved = await save.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Saved as a curated answer from Ana Lima.", saved.GetProperty("value").GetString());
        var curated = Assert.Single(await _bed.Server.Services.GetRequiredService<ICuratedAnswerStore>().ListAsync(Ct));
        Assert.Equal(("Ana Lima", "Ask the data platform team for the feature-store role."), (curated.Owner, curated.Answer));

        // Answering again is refused politely: the first answer stands.
        var again = await _bed.PostAsync(Invoke(data, ExpertsChannel, "29:1bo", "Bo"));
        Assert.Contains("Already answered by Ana Lima", (await again.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallationUpdate_Add_StoresReference_QuestionPostedThere()
    {
        var install = InstalledInExpertsChannel();
        install["type"] = "installationUpdate";
        install.Remove("membersAdded");
        install["action"] = "add";
        Assert.Equal(HttpStatusCode.OK, (await _bed.PostAsync(install)).StatusCode);

        var question = TeamsActivities.Personal(_bed.Connector.ServiceUrl, TeamKnowledge.UncoveredQuestion);
        await _bed.PostAsync(question);
        var offer = await _bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)question["id"] && Action(c, "askExpert") is not null, Ct);
        await _bed.PostAsync(Invoke((JsonObject)Action(offer, "askExpert")!["data"]!.DeepClone()));
        await _bed.Connector.WaitForMessageAsync(c => c.ConversationId == ExpertsChannel && Action(c, "expertAnswer") is not null, Ct);
    }

    [Fact]
    public async Task ThumbsDown_OffersExpertUnderTheRatedAnswer()
    {
        var question = TeamsActivities.Personal(_bed.Connector.ServiceUrl, TeamKnowledge.SparkQuestion);
        await _bed.PostAsync(question);
        var answer = await _bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)question["id"] && c.Activity["entities"] is not null, Ct);
        Assert.Null(Action(answer, "askExpert"));

        await _bed.PostAsync(TeamsActivities.FeedbackInvoke(_bed.Connector.ServiceUrl, answer.SentId!, "dislike", "wrong role"));
        var offer = await _bed.Connector.WaitForMessageAsync(c => c.ReplyToId == answer.SentId && Action(c, "askExpert") is not null, Ct);
        var data = Action(offer, "askExpert")!["data"]!;
        Assert.Equal(("nh", TeamKnowledge.SparkQuestion), ((string?)data["reason"], (string?)data["question"]));
        Assert.NotEmpty(data["passages"]!.AsArray());
    }

    [Fact]
    public async Task ExpertsChannelNeverInstalled_AskerToldNobodyReachable_HandoffKept()
    {
        var question = TeamsActivities.Personal(_bed.Connector.ServiceUrl, TeamKnowledge.UncoveredQuestion);
        await _bed.PostAsync(question);
        var offer = await _bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)question["id"] && Action(c, "askExpert") is not null, Ct);
        await _bed.PostAsync(Invoke((JsonObject)Action(offer, "askExpert")!["data"]!.DeepClone()));

        await _bed.Connector.WaitForMessageAsync(c => ((string?)c.Activity["text"])?.Contains("Nobody is set up", StringComparison.Ordinal) == true, Ct);
        var handoff = await SlackExpertSteps.HandoffAsync(_bed.Server.Services);
        Assert.Equal(HandoffState.Undelivered, handoff.State);
        Assert.Equal(TeamKnowledge.UncoveredQuestion, handoff.Question);
    }

    [Fact]
    public async Task WebChat_NotHelpfulButton_ThanksThenOffersExpert()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        await using var server = await RoleBotServer.StartAsync(knowledge: _knowledge.Path);
        var question = TeamsActivities.Personal(connector.ServiceUrl, TeamKnowledge.SparkQuestion);
        question["channelId"] = "webchat";
        await PostUnauthenticatedAsync(server, question);
        var answer = await connector.WaitForMessageAsync(c => c.ReplyToId == (string?)question["id"], Ct);
        var notHelpful = answer.Activity["attachments"]![0]!["content"]!["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Not helpful")!;

        var click = TeamsActivities.Personal(connector.ServiceUrl, "");
        click["channelId"] = "webchat";
        click.Remove("text");
        click["value"] = notHelpful["data"]!.DeepClone();
        await PostUnauthenticatedAsync(server, click);

        var offer = await connector.WaitForMessageAsync(c => c.ReplyToId == (string?)click["id"] && c.Activity["attachments"] is not null, Ct);
        var button = offer.Activity["attachments"]![0]!["content"]!["actions"]![0]!;
        Assert.Equal(("Action.Submit", "Ask an expert", "askExpert"), ((string?)button["type"], (string?)button["title"], (string?)button["data"]!["rolebot"]));
    }

    private static async Task PostUnauthenticatedAsync(RoleBotServer server, JsonObject activity)
    {
        var response = await server.Client.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
