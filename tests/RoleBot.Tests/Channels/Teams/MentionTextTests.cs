using System.Net;
using System.Text.Json.Nodes;
using RoleBot.Channels.Teams;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>
/// Removing the bot's own @mention from a Teams message: ordinal and case-insensitive, and bounded (entities examined,
/// mention length, text length) so a hostile message costs no more than a normal one.
/// </summary>
public sealed class MentionTextTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private const string BotId = "28:bot";

    private static JsonObject Mention(string text, string id = BotId) =>
        new() { ["type"] = "mention", ["text"] = text, ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = "RoleBot" } };

    private static Activity Message(string text, params JsonObject[] entities) =>
        new() { Text = text, Recipient = new ChannelAccount { Id = BotId }, Entities = [.. entities] };

    [Fact]
    public void Clean_BotMentionInOtherCase_RemovedOrdinally()
    {
        var activity = Message("<AT>rolebot</AT>\u00A0what does a data scientist do?", Mention("<at>RoleBot</at>"));
        Assert.Equal("what does a data scientist do?", MentionText.Clean(activity));
    }

    [Fact]
    public void Clean_MentionWithRegexCharacters_RemovedLiterallyOnly()
    {
        var activity = Message("<at>Role.Bot (QA)</at> does <at>RoleXBot (QA)</at> know Spark?", Mention("<at>Role.Bot (QA)</at>"));
        Assert.Equal("does <at>RoleXBot (QA)</at> know Spark?", MentionText.Clean(activity));
    }

    [Fact]
    public void Clean_BotMentionBeyondEntityCap_Ignored()
    {
        var colleagues = Enumerable.Range(0, MentionText.MaxEntities).Select(i => Mention($"<at>Colleague {i}</at>", $"29:colleague-{i}"));
        var activity = Message("<at>RoleBot</at> what does a data scientist do?", [.. colleagues, Mention("<at>RoleBot</at>")]);
        Assert.Equal("<at>RoleBot</at> what does a data scientist do?", MentionText.Clean(activity));
    }

    [Fact]
    public void Clean_BotMentionWithinEntityCap_Removed()
    {
        var colleagues = Enumerable.Range(0, MentionText.MaxEntities - 1).Select(i => Mention($"<at>Colleague {i}</at>", $"29:colleague-{i}"));
        var activity = Message("<at>RoleBot</at> what does a data scientist do?", [.. colleagues, Mention("<at>RoleBot</at>")]);
        Assert.Equal("what does a data scientist do?", MentionText.Clean(activity));
    }

    [Fact]
    public void Clean_MentionTextOverCap_Ignored()
    {
        var mention = "<at>" + new string('a', MentionText.MaxMentionChars - 9) + "b</at>";
        Assert.Equal(MentionText.MaxMentionChars + 1, mention.Length);
        var activity = Message(mention + " hello", Mention(mention));
        Assert.Equal(mention + " hello", MentionText.Clean(activity));
    }

    [Fact]
    public void Clean_TextOverCap_NotCleanedAndRejectedAsTooLong()
    {
        var text = "<at>RoleBot</at> " + new string('a', MentionText.MaxTextChars);
        var question = MentionText.Clean(Message(text, Mention("<at>RoleBot</at>")));
        Assert.StartsWith("<at>RoleBot</at>", question, StringComparison.Ordinal);
        Assert.NotNull(QuestionParser.Validate(question));
    }

    [Fact]
    public async Task KelvinSignMention_HugeMessage_200AndFriendlyTooLongReply()
    {
        // U+212A KELVIN SIGN folds to "k" case-insensitively: a culture-aware or regex match of this mention against
        // the "k"s of the text is quadratic; RoleBot must neither time out nor answer 500.
        var bed = fixture.Bed;
        var activity = TeamsActivities.Personal(bed.Connector.ServiceUrl, new string('k', 100_000) + " what does a data scientist do?");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = new string('\u212A', 50_000) + "b",
            ["mentioned"] = new JsonObject { ["id"] = TeamsActivities.BotId, ["name"] = "RoleBot" },
        });

        var response = await bed.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], TestContext.Current.CancellationToken);
        Assert.Contains("1,000", (string?)reply.Activity["text"], StringComparison.Ordinal);
    }
}
