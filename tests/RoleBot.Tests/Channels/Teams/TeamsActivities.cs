using System.Text.Json.Nodes;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>Activities shaped like the ones Teams and Web Chat send (field names exact, values illustrative).</summary>
public static class TeamsActivities
{
    public const string BotId = "28:" + BotFrameworkTestBed.AppId;

    public static JsonObject Personal(string serviceUrl, string text, string? id = null, string conversationId = "a:1personal-chat-id") => new()
    {
        ["type"] = "message",
        ["id"] = id ?? NewId(),
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["from"] = new JsonObject { ["id"] = "29:1user-ana", ["name"] = "Ana", ["aadObjectId"] = "5f1b1c2e-0000-4000-8000-000000000001" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "RoleBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = BotFrameworkTestBed.TenantId },
        ["text"] = text,
        ["textFormat"] = "plain",
        ["locale"] = "en-US",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = BotFrameworkTestBed.TenantId } },
    };

    /// <summary>An @mention in a channel thread: the conversation id carries ";messageid=".</summary>
    public static JsonObject ChannelThread(string serviceUrl, string question, string rootId = "1712345678901")
    {
        var activity = Mention(Personal(serviceUrl, question, conversationId: $"19:abc@thread.tacv2;messageid={rootId}"));
        activity["conversation"]!["conversationType"] = "channel";
        activity["channelData"]!["team"] = new JsonObject { ["id"] = "19:gen@thread.tacv2" };
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = "19:abc@thread.tacv2" };
        return activity;
    }

    public static JsonObject GroupChat(string serviceUrl, string question)
    {
        var activity = Mention(Personal(serviceUrl, question, conversationId: "19:group-chat-1@thread.v2"));
        activity["conversation"]!["conversationType"] = "groupChat";
        activity["conversation"]!["isGroup"] = true;
        return activity;
    }

    /// <summary>Prefixes the text with "&lt;at&gt;RoleBot&lt;/at&gt;" (non-breaking space, as Teams sends) and adds the mention entity.</summary>
    public static JsonObject Mention(JsonObject activity)
    {
        activity["text"] = "<at>RoleBot</at>\u00A0" + (string?)activity["text"];
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>RoleBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "RoleBot" },
        });
        return activity;
    }

    public static JsonObject FeedbackInvoke(string serviceUrl, string ratedMessageId, string reaction, string comment)
    {
        var activity = Personal(serviceUrl, "");
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "message/submitAction";
        activity["replyToId"] = ratedMessageId;
        activity["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject
            {
                ["reaction"] = reaction,
                ["feedback"] = new JsonObject { ["feedbackText"] = comment }.ToJsonString(),
            },
        };
        return activity;
    }

    public static JsonObject CardActionInvoke(string serviceUrl, string verb, string question)
    {
        var activity = Personal(serviceUrl, "");
        activity.Remove("text");
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["id"] = "ask-1",
                ["verb"] = verb,
                ["data"] = new JsonObject { ["rolebot"] = "ask", ["question"] = question },
            },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static JsonObject ConversationUpdate(string serviceUrl)
    {
        var activity = Personal(serviceUrl, "");
        activity.Remove("text");
        activity["type"] = "conversationUpdate";
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }, new JsonObject { ["id"] = "29:1user-ana" });
        return activity;
    }

    public static string NewId() => Random.Shared.NextInt64(1_000_000_000_000, 9_999_999_999_999).ToString();
}
