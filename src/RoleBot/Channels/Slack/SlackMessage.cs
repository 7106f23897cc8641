using System.Text.Json.Nodes;

namespace RoleBot.Channels.Slack;

/// <summary>A message to send: the mrkdwn <see cref="Text"/> fallback (notifications) and Block Kit blocks.</summary>
public sealed record SlackMessage(string Text, JsonArray? Blocks = null)
{
    /// <summary>A plain message without blocks (help, "please ask a question").</summary>
    public static SlackMessage Plain(string mrkdwn) => new(mrkdwn);

    public JsonObject ToJson()
    {
        var body = new JsonObject { ["text"] = Text };
        if (Blocks is not null)
        {
            body["blocks"] = Blocks.DeepClone();
        }

        return body;
    }
}
