namespace RoleBot.Knowledge.Retrieval;

/// <summary>
/// The understood previous question of a conversation, so "what about data scientists?" can reuse its topic.
/// Plain data so channels can keep it in any store (memory, Redis) as JSON.
/// </summary>
public sealed record ConversationContext(
    string Question,
    QuestionShape Shape,
    IReadOnlyList<string> RoleIds,
    string TopicText);
