using System.Text.Json.Nodes;

namespace RoleBot.Channels.Slack;

/// <summary>
/// The /rolebot slash command, shared by HTTP and Socket Mode. Slack shows the immediate JSON within its 3 s; the
/// answer follows through response_url: ephemeral for "/rolebot question", in the channel for "/rolebot share question".
/// </summary>
public sealed class SlackCommandHandler(SlackReplyWorker queue, SlackAnswerer answerer, SlackWebApiClient api)
{
    private const string SharePrefix = "share";

    /// <summary>The immediate response body, or null for a bad request (no command text fields at all).</summary>
    public JsonObject? Handle(IReadOnlyDictionary<string, string> form)
    {
        if (!form.TryGetValue("command", out var command) || string.IsNullOrEmpty(command))
        {
            return null;
        }

        var text = SlackText.Decode(form.GetValueOrDefault("text") ?? "").Replace('\u00A0', ' ').Trim();
        if (text.Length == 0 || text.Equals("help", StringComparison.OrdinalIgnoreCase))
        {
            return Ephemeral(SlackAnswerer.HelpText);
        }

        var share = text.StartsWith(SharePrefix + " ", StringComparison.OrdinalIgnoreCase) || text.Equals(SharePrefix, StringComparison.OrdinalIgnoreCase);
        var question = share ? text[SharePrefix.Length..].Trim() : text;
        if (Knowledge.Retrieval.QuestionParser.Validate(question) is { } problem)
        {
            return Ephemeral(SlackText.Escape(problem));
        }

        if (!Uri.TryCreate(form.GetValueOrDefault("response_url"), UriKind.Absolute, out var responseUrl)
            || (responseUrl.Scheme != Uri.UriSchemeHttps && responseUrl.Scheme != Uri.UriSchemeHttp))
        {
            return Ephemeral("This request has no response_url, so RoleBot cannot send the answer.");
        }

        var key = $"slack:{form.GetValueOrDefault("team_id")}:{form.GetValueOrDefault("channel_id")}:command:{form.GetValueOrDefault("user_id")}";
        var queued = queue.TryEnqueue(async ct =>
        {
            var reply = await answerer.AnswerAsync(question, key, ct);
            var body = reply.ToJson();
            body["response_type"] = share ? "in_channel" : "ephemeral";
            body["replace_original"] = false;
            await api.PostToResponseUrlAsync(responseUrl, body, ct);
        });
        return Ephemeral(queued
            ? $"Looking that up: _{SlackText.Literal(SlackText.Trim(question, 200))}_"
            : "RoleBot is busy right now; please ask again in a minute.");
    }

    private static JsonObject Ephemeral(string mrkdwn) => new() { ["response_type"] = "ephemeral", ["text"] = mrkdwn };
}
