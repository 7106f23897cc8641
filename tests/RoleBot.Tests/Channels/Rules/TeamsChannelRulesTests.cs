using System.Net;
using System.Text.Json.Nodes;
using RoleBot.TestKit;
using RoleBot.TestKit.BotFramework;
using RoleBot.Tests.Channels.Teams;

namespace RoleBot.Tests.Channels.Rules;

/// <summary>channels.yml in Teams: a team's or channel's scope and trigger, through the fake Bot Connector.</summary>
public sealed class TeamsChannelRulesTests : IAsyncLifetime
{
    private const string Rules = """
        teams:
          "19:gen@thread.tacv2":          # the team (its id is its General channel's id)
            folders: [team]
            trigger: question
        """;

    private TempFolder _knowledge = null!;
    private BotFrameworkTestBed _bed = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _knowledge = TeamKnowledge.Create(channels: Rules);
        _bed = await BotFrameworkTestBed.StartAsync(new Dictionary<string, string?> { ["Knowledge:Path"] = _knowledge.Path });
    }

    public async ValueTask DisposeAsync()
    {
        await _bed.DisposeAsync();
        _knowledge.Dispose();
    }

    /// <summary>A channel message that does not mention RoleBot (Teams sends these with the ChannelMessage.Read.Group permission).</summary>
    private JsonObject Unmentioned(string text, string team = "19:gen@thread.tacv2", string rootId = "1712345670001")
    {
        var activity = TeamsActivities.ChannelThread(_bed.Connector.ServiceUrl, text, rootId);
        activity["text"] = text;
        activity.Remove("entities");
        activity["channelData"]!["team"]!["id"] = team;
        return activity;
    }

    private static IEnumerable<string> CitedNames(ConnectorCall reply) =>
        reply.Activity["entities"]![0]!["citation"]!.AsArray().Select(c => (string?)c!["appearance"]!["name"] ?? "");

    [Fact]
    public async Task Mention_InScopedTeam_CitesOnlyItsFolder()
    {
        var activity = TeamsActivities.ChannelThread(_bed.Connector.ServiceUrl, TeamKnowledge.SparkQuestion, "1712345670002");
        Assert.Equal(HttpStatusCode.OK, (await _bed.PostAsync(activity)).StatusCode);

        var reply = await _bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"] && c.Activity["entities"] is not null, Ct);
        Assert.NotEmpty(CitedNames(reply));
        Assert.All(CitedNames(reply), n => Assert.StartsWith(TeamKnowledge.TeamTitle, n, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PersonalChat_SearchesTheDefaults()
    {
        var activity = TeamsActivities.Personal(_bed.Connector.ServiceUrl, TeamKnowledge.SparkQuestion);
        await _bed.PostAsync(activity);
        var reply = await _bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"] && c.Activity["entities"] is not null, Ct);
        Assert.Contains(CitedNames(reply), n => !n.StartsWith(TeamKnowledge.TeamTitle, StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnmentionedQuestion_QuestionTriggerTeam_Answered()
    {
        var activity = Unmentioned("does an ML engineer need Spark?");
        Assert.Equal(HttpStatusCode.OK, (await _bed.PostAsync(activity)).StatusCode);
        var reply = await _bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], Ct);
        Assert.Equal("19:abc@thread.tacv2;messageid=1712345670001", reply.ConversationId);
    }

    [Fact]
    public async Task UnmentionedMessages_NoQuestionMarkOrUnlistedTeamOrBot_Ignored()
    {
        var statement = Unmentioned("spark is great.");
        var elsewhere = Unmentioned("does an ML engineer need Spark?", team: "19:other-team@thread.tacv2");
        var bot = Unmentioned("does an ML engineer need Spark?");
        bot["from"] = new JsonObject { ["id"] = "28:another-bot", ["name"] = "OtherBot", ["role"] = "bot" };
        foreach (var activity in new[] { statement, elsewhere, bot })
        {
            Assert.Equal(HttpStatusCode.OK, (await _bed.PostAsync(activity)).StatusCode);
        }

        // Ignoring happens before the 200, so once a later question is answered nothing else can still be on its way.
        var marker = TeamsActivities.Personal(_bed.Connector.ServiceUrl, TeamKnowledge.SparkQuestion);
        await _bed.PostAsync(marker);
        await _bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)marker["id"], Ct);
        var ignoredIds = new[] { statement, elsewhere, bot }.Select(a => (string?)a["id"]).ToHashSet();
        Assert.DoesNotContain(_bed.Connector.Calls, c => ignoredIds.Contains(c.ReplyToId));
    }
}
