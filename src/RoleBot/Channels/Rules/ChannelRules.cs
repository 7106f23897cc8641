using System.Text.Json;
using Microsoft.Extensions.Options;
using RoleBot.Channels.Slack;
using RoleBot.Channels.Teams;
using RoleBot.ConfigFiles;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Channels.Rules;

/// <summary>Where channels.yml lives (section "Channels").</summary>
public sealed class ChannelRulesOptions
{
    public const string SectionName = "Channels";

    /// <summary>The rules file; default <c>channels.yml</c> in the knowledge folder. Missing file: every channel answers mentions from everything.</summary>
    public string? RulesPath { get; set; }
}

/// <summary>
/// Where and when RoleBot answers, from channels.yml (live reload): the scope a Slack channel or Teams team/channel
/// searches and whether RoleBot answers unmentioned questions there. Bots and other apps are never answered.
/// </summary>
public sealed class ChannelRules : IConfigFileReport, IDisposable
{
    private readonly WatchedYamlFile<ChannelRuleSet> _file;

    public ChannelRules(IOptions<ChannelRulesOptions> options, KnowledgeHost knowledge, TimeProvider time, ILogger<ChannelRules> logger)
    {
        _file = new WatchedYamlFile<ChannelRuleSet>(ChannelRulesFile.FileName,
            () => options.Value.RulesPath ?? Path.Combine(knowledge.Folder, ChannelRulesFile.FileName),
            ChannelRulesFile.Parse, ChannelRuleSet.Empty, time, logger);
    }

    public ChannelRuleSet Current => _file.Current;

    public ConfigFileStatus Status => _file.Status;

    public void Watch() => _file.Watch();

    public ChannelRuleSet Reload() => _file.Reload();

    /// <summary>The playground, the REST API and direct messages.</summary>
    public PassageScope DefaultScope => Current.Defaults;

    public PassageScope SlackScope(string? channel, bool isDirect) =>
        (isDirect ? null : Current.ForSlack(channel))?.Scope ?? Current.Defaults;

    /// <summary>
    /// A Slack channel message that did not mention RoleBot: answered only in a channel listed with trigger "question",
    /// when it is a top-level message from a person ending with "?". (A message that mentions RoleBot also arrives as
    /// app_mention, which answers it.)
    /// </summary>
    public bool SlackAnswersUnmentioned(JsonElement ev, string? botUserId)
    {
        if (ev.Str("type") != "message" || ev.Str("channel_type") is not ("channel" or "group") || ev.Has("bot_id") || ev.Has("subtype")
            || ev.Has("hidden") || ev.Str("user") is null || ev.Str("text") is not { } text)
        {
            return false;
        }

        var threadTs = ev.Str("thread_ts");
        if ((threadTs is not null && threadTs != ev.Str("ts")) || (botUserId is not null && text.Contains($"<@{botUserId}", StringComparison.Ordinal)))
        {
            return false;
        }

        return Current.ForSlack(ev.Str("channel"))?.Trigger == AnswerTrigger.Question && EndsWithQuestionMark(SlackText.Decode(text));
    }

    internal PassageScope TeamsScope(Activity activity) =>
        IsTeamsGroup(activity) ? Current.ForTeams(TeamsIds(activity))?.Scope ?? Current.Defaults : Current.Defaults;

    /// <summary>
    /// Personal chats and Web Chat: always. Teams channels and group chats: when RoleBot is mentioned, or when the
    /// place is listed with trigger "question" and the message ends with "?" (needs the ChannelMessage.Read.Group
    /// permission, else Teams only sends mentions). Never to another bot.
    /// </summary>
    internal bool TeamsShouldAnswer(Activity activity, string cleanedText)
    {
        if (string.Equals(activity.From?.Role, "bot", StringComparison.OrdinalIgnoreCase) || activity.From?.Id?.StartsWith("28:", StringComparison.Ordinal) == true)
        {
            return false;
        }

        if (!IsTeamsGroup(activity) || MentionsBot(activity))
        {
            return true;
        }

        return Current.ForTeams(TeamsIds(activity))?.Trigger == AnswerTrigger.Question && EndsWithQuestionMark(cleanedText);
    }

    private static bool IsTeamsGroup(Activity activity) => activity.Conversation?.ConversationType is "channel" or "groupChat";

    private static bool MentionsBot(Activity activity) =>
        (activity.Entities ?? []).Any(e => string.Equals(Str(At(e, "type")), "mention", StringComparison.OrdinalIgnoreCase)
            && activity.Recipient?.Id is { } bot && string.Equals(Str(At(e, "mentioned", "id")), bot, StringComparison.OrdinalIgnoreCase));

    /// <summary>The node at a path of object keys, or null when any step is missing or not an object.</summary>
    internal static System.Text.Json.Nodes.JsonNode? At(System.Text.Json.Nodes.JsonNode? node, params string[] keys)
    {
        foreach (var key in keys)
        {
            node = node is System.Text.Json.Nodes.JsonObject obj ? obj[key] : null;
        }

        return node;
    }

    /// <summary>A JSON string's value, or null for anything else (a malformed activity must not throw).</summary>
    internal static string? Str(System.Text.Json.Nodes.JsonNode? node) =>
        node is System.Text.Json.Nodes.JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>Most specific first: the channel, the conversation (a group chat, or a thread's channel), the team.</summary>
    internal static string?[] TeamsIds(Activity activity)
    {
        var conversation = activity.Conversation?.Id;
        var thread = conversation?.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase) ?? -1;
        return
        [
            Str(At(activity.ChannelData, "channel", "id")),
            thread >= 0 ? conversation![..thread] : conversation,
            Str(At(activity.ChannelData, "team", "id")),
        ];
    }

    private static bool EndsWithQuestionMark(string text) => text.TrimEnd().EndsWith('?');

    public void Dispose() => _file.Dispose();
}
