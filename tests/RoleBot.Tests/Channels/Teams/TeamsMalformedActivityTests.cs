using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>
/// Activities that are valid JSON but mistyped where RoleBot reads them (invoke values, feedback, entities, mentions,
/// members, duplicate keys), each authenticated and sent through Kestrel: a 400, the invoke's own error body or a polite
/// answer, never a 500.
/// </summary>
public sealed class TeamsMalformedActivityTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    /// <summary>What the caller must get back.</summary>
    private enum Expect
    {
        /// <summary>HTTP 400 with ProblemDetails.</summary>
        Problem,

        /// <summary>HTTP 200 with the Universal Action error body {"statusCode":400,"type":"application/vnd.microsoft.error"}.</summary>
        InvokeError,

        /// <summary>HTTP 200, and the message (a "help" command) is still answered.</summary>
        Answered,

        /// <summary>HTTP 200 (ignored or acknowledged).</summary>
        Ok,
    }

    /// <summary>A shape: which activity, what to put where, and (for duplicate keys) raw JSON spliced over a placeholder.</summary>
    private sealed record Shape(Expect Expect, Func<string, JsonObject> Activity, string? Raw = null);

    private const string Placeholder = "__RAW_JSON__";
    private const string BotId = TeamsActivities.BotId;

    private BotFrameworkTestBed Bed => fixture.Bed;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static JsonObject CardAction(string url, JsonNode? value)
    {
        var activity = TeamsActivities.CardActionInvoke(url, "ask", "What does a data scientist do?");
        activity["value"] = value;
        return activity;
    }

    private static JsonObject CardActionWith(string url, Action<JsonObject> change)
    {
        var activity = TeamsActivities.CardActionInvoke(url, "ask", "What does a data scientist do?");
        change((JsonObject)activity["value"]!["action"]!);
        return activity;
    }

    private static JsonObject Feedback(string url, JsonNode? value)
    {
        var activity = TeamsActivities.FeedbackInvoke(url, "reply-unknown", "like", "ok");
        activity["value"] = value;
        return activity;
    }

    private static JsonObject FeedbackWith(string url, Action<JsonObject> changeActionValue)
    {
        var activity = TeamsActivities.FeedbackInvoke(url, "reply-unknown", "like", "ok");
        changeActionValue((JsonObject)activity["value"]!["actionValue"]!);
        return activity;
    }

    /// <summary>The "help" command with the given entities (the reply proves the message was handled).</summary>
    private static JsonObject HelpWithEntities(string url, params JsonNode?[] entities)
    {
        var activity = TeamsActivities.Personal(url, "help");
        activity["entities"] = new JsonArray(entities);
        return activity;
    }

    private static JsonObject HelpWithValue(string url, JsonNode? value)
    {
        var activity = TeamsActivities.Personal(url, "help");
        activity["value"] = value;
        return activity;
    }

    private static JsonObject MembersAdded(string url, params JsonNode?[] members)
    {
        var activity = TeamsActivities.ConversationUpdate(url);
        activity["membersAdded"] = new JsonArray(members);
        return activity;
    }

    private static JsonObject Mention(JsonNode? text, JsonNode? mentioned) => new() { ["type"] = "mention", ["text"] = text, ["mentioned"] = mentioned };

    private static readonly Dictionary<string, Shape> Shapes = new()
    {
        // adaptiveCard/action (Action.Execute): the invoke's error body.
        ["card action: value is a string"] = new(Expect.InvokeError, u => CardAction(u, "ask")),
        ["card action: value is a number"] = new(Expect.InvokeError, u => CardAction(u, 42)),
        ["card action: value is an array"] = new(Expect.InvokeError, u => CardAction(u, new JsonArray(1, 2))),
        ["card action: value is a boolean"] = new(Expect.InvokeError, u => CardAction(u, true)),
        ["card action: value is null"] = new(Expect.InvokeError, u => CardAction(u, null)),
        ["card action: action is a string"] = new(Expect.InvokeError, u => CardAction(u, new JsonObject { ["action"] = "ask" })),
        ["card action: action is an array"] = new(Expect.InvokeError, u => CardAction(u, new JsonObject { ["action"] = new JsonArray("ask") })),
        ["card action: verb is a number"] = new(Expect.InvokeError, u => CardActionWith(u, a => a["verb"] = 1)),
        ["card action: data is a string"] = new(Expect.InvokeError, u => CardActionWith(u, a => a["data"] = "What does a data scientist do?")),
        ["card action: data is an array"] = new(Expect.InvokeError, u => CardActionWith(u, a => a["data"] = new JsonArray("q"))),
        ["card action: question is a number"] = new(Expect.InvokeError, u => CardActionWith(u, a => a["data"]!["question"] = 7)),
        ["card action: question is an object"] = new(Expect.InvokeError, u => CardActionWith(u, a => a["data"]!["question"] = new JsonObject())),
        ["card action: duplicate keys in value"] = new(Expect.Problem, u => CardAction(u, Placeholder),
            """{"action":{"type":"Action.Execute","verb":"ask","data":{"question":"a"}},"action":{"verb":"x"}}"""),
        ["card action: duplicate keys in data"] = new(Expect.Problem, u => CardAction(u, Placeholder),
            """{"action":{"type":"Action.Execute","verb":"ask","data":{"question":"What does a data scientist do?","question":"x"}}}"""),

        // message/submitAction (Teams' feedback form): a 400.
        ["feedback: value is a string"] = new(Expect.Problem, u => Feedback(u, "like")),
        ["feedback: value is a number"] = new(Expect.Problem, u => Feedback(u, 1)),
        ["feedback: value is an array"] = new(Expect.Problem, u => Feedback(u, new JsonArray("like"))),
        ["feedback: value is a boolean"] = new(Expect.Problem, u => Feedback(u, false)),
        ["feedback: actionValue is a string"] = new(Expect.Problem, u => Feedback(u, new JsonObject { ["actionName"] = "feedback", ["actionValue"] = "like" })),
        ["feedback: actionValue is a number"] = new(Expect.Problem, u => Feedback(u, new JsonObject { ["actionName"] = "feedback", ["actionValue"] = 1 })),
        ["feedback: actionValue is an array"] = new(Expect.Problem, u => Feedback(u, new JsonObject { ["actionName"] = "feedback", ["actionValue"] = new JsonArray() })),
        ["feedback: reaction is a number"] = new(Expect.Problem, u => FeedbackWith(u, v => v["reaction"] = 1)),
        ["feedback: reaction is an object"] = new(Expect.Problem, u => FeedbackWith(u, v => v["reaction"] = new JsonObject { ["like"] = true })),
        ["feedback: feedback is a number"] = new(Expect.Problem, u => FeedbackWith(u, v => v["feedback"] = 5)),
        ["feedback: feedback is an array"] = new(Expect.Problem, u => FeedbackWith(u, v => v["feedback"] = new JsonArray("too short"))),
        ["feedback: feedback is a boolean"] = new(Expect.Problem, u => FeedbackWith(u, v => v["feedback"] = true)),
        ["feedback: feedback text looks like a JSON array"] = new(Expect.Ok, u => FeedbackWith(u, v => v["feedback"] = "[\"too short\"]")),
        ["feedback: feedbackText is a number"] = new(Expect.Problem, u => FeedbackWith(u, v => v["feedback"] = "{\"feedbackText\":5}")),
        ["feedback: duplicate keys in feedback JSON"] = new(Expect.Problem, u => FeedbackWith(u, v => v["feedback"] = "{\"feedbackText\":\"a\",\"feedbackText\":\"b\"}")),
        ["feedback: duplicate keys in value"] = new(Expect.Problem, u => Feedback(u, Placeholder),
            """{"actionName":"feedback","actionValue":{"reaction":"like"},"actionValue":{"reaction":"dislike"}}"""),
        ["feedback: duplicate keys in actionValue"] = new(Expect.Problem, u => Feedback(u, Placeholder),
            """{"actionName":"feedback","actionValue":{"reaction":"like","reaction":"dislike"}}"""),

        // Action.Submit from a Web Chat card (a message with a value): answered or refused, never thrown.
        ["card vote: helpful is a string"] = new(Expect.Ok, u => HelpWithValue(u, new JsonObject { ["rolebot"] = "feedback", ["answer"] = "k", ["helpful"] = "yes" })),
        ["card vote: answer key is a number"] = new(Expect.Ok, u => HelpWithValue(u, new JsonObject { ["rolebot"] = "feedback", ["answer"] = 5, ["helpful"] = true })),
        ["message: value.rolebot is a number"] = new(Expect.Answered, u => HelpWithValue(u, new JsonObject { ["rolebot"] = 5 })),
        ["message: value is a string"] = new(Expect.Answered, u => HelpWithValue(u, "ask")),
        ["message: ask question is a number"] = new(Expect.Answered, u => HelpWithValue(u, new JsonObject { ["rolebot"] = "ask", ["question"] = 7 })),
        ["message: duplicate keys in value"] = new(Expect.Problem, u => HelpWithValue(u, Placeholder), """{"rolebot":"ask","rolebot":"feedback"}"""),

        // Entities and mentions: an unreadable entity is not the bot's mention; the message is still answered.
        ["entities: [null]"] = new(Expect.Answered, u => HelpWithEntities(u, [null])),
        ["entities: type is a number"] = new(Expect.Answered, u => HelpWithEntities(u, new JsonObject { ["type"] = 5 })),
        ["entities: type is an object"] = new(Expect.Answered, u => HelpWithEntities(u, new JsonObject { ["type"] = new JsonObject() })),
        ["mention: mentioned is a string"] = new(Expect.Answered, u => HelpWithEntities(u, Mention("<at>RoleBot</at>", BotId))),
        ["mention: mentioned is null"] = new(Expect.Answered, u => HelpWithEntities(u, Mention("<at>RoleBot</at>", null))),
        ["mention: mentioned.id is a number"] = new(Expect.Answered, u => HelpWithEntities(u, Mention("<at>RoleBot</at>", new JsonObject { ["id"] = 28 }))),
        ["mention: text is a number"] = new(Expect.Answered, u => HelpWithEntities(u, Mention(5, new JsonObject { ["id"] = BotId }))),
        ["mention: text is an array"] = new(Expect.Answered, u => HelpWithEntities(u, Mention(new JsonArray("<at>RoleBot</at>"), new JsonObject { ["id"] = BotId }))),
        ["mention: name is a number (no text)"] = new(Expect.Answered, u => HelpWithEntities(u, Mention(null, new JsonObject { ["id"] = BotId, ["name"] = 5 }))),
        ["mention: duplicate keys in an entity"] = new(Expect.Problem, u => HelpWithEntities(u, Placeholder),
            """{"type":"mention","type":"clientInfo","text":"<at>RoleBot</at>"}"""),
        ["mention: duplicate keys in mentioned"] = new(Expect.Problem, u => HelpWithEntities(u, Placeholder),
            """{"type":"mention","text":"<at>RoleBot</at>","mentioned":{"id":"x","id":"y"}}"""),

        // conversationUpdate.
        ["membersAdded: [null]"] = new(Expect.Ok, u => MembersAdded(u, [null])),
        ["membersAdded: [null, bot]"] = new(Expect.Answered, u => MembersAdded(u, null, new JsonObject { ["id"] = BotId })),
    };

    public static TheoryData<string> ShapeNames() => [.. Shapes.Keys];

    [Theory]
    [MemberData(nameof(ShapeNames))]
    public async Task MalformedActivity_Post_ClientErrorOrPoliteAnswerNever500(string shape)
    {
        var (expect, build, raw) = Shapes[shape];
        var activity = build(Bed.Connector.ServiceUrl);
        var json = activity.ToJsonString();
        if (raw is not null)
        {
            Assert.Contains($"\"{Placeholder}\"", json, StringComparison.Ordinal);
            json = json.Replace($"\"{Placeholder}\"", raw, StringComparison.Ordinal);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Bed.TokenFor(activity));
        var response = await Bed.Server.Client.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        switch (expect)
        {
            case Expect.Problem:
                Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                break;
            case Expect.InvokeError:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var invoke = JsonNode.Parse(body)!;
                Assert.Equal(400, (int)invoke["statusCode"]!);
                Assert.Equal("application/vnd.microsoft.error", (string?)invoke["type"]);
                Assert.False(string.IsNullOrWhiteSpace((string?)invoke["value"]!["message"]));
                break;
            case Expect.Answered:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], Ct);
                break;
            default:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                break;
        }
    }
}
