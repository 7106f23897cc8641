using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Channels.Rules;

/// <summary>When RoleBot answers in a channel without being asked by name.</summary>
public enum AnswerTrigger
{
    /// <summary>Only when mentioned (@RoleBot), the default in channels.</summary>
    Mention,

    /// <summary>Also any top-level message that ends with "?".</summary>
    Question,
}

/// <summary>One listed Slack channel or Teams team/channel: what it searches and when RoleBot speaks there.</summary>
public sealed record ChannelRule(string Id, string? Name, PassageScope Scope, AnswerTrigger Trigger);

/// <summary>
/// The contents of channels.yml: the default scope (direct messages, the playground, the REST API and places not
/// listed) and the rules per Slack channel id and per Teams channel or team id.
/// </summary>
public sealed record ChannelRuleSet(PassageScope Defaults, IReadOnlyDictionary<string, ChannelRule> Slack, IReadOnlyDictionary<string, ChannelRule> Teams)
{
    public static ChannelRuleSet Empty { get; } = new(PassageScope.Everything,
        new Dictionary<string, ChannelRule>(StringComparer.Ordinal), new Dictionary<string, ChannelRule>(StringComparer.OrdinalIgnoreCase));

    public ChannelRule? ForSlack(string? channel) => channel is not null && Slack.TryGetValue(channel, out var rule) ? rule : null;

    /// <summary>The first of <paramref name="ids"/> (channel, conversation, team: most specific first) that is listed.</summary>
    public ChannelRule? ForTeams(params string?[] ids) =>
        ids.OfType<string>().Select(id => Teams.TryGetValue(id, out var rule) ? rule : null).FirstOrDefault(r => r is not null);
}
