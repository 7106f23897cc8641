using RoleBot.Knowledge.Retrieval;

namespace RoleBot.State;

/// <summary>
/// The previous question of each conversation (Teams conversation, Slack thread or DM, web session), so follow-ups
/// like "what about data scientists?" resolve. Entries expire; in memory by default, Redis when replicas share state.
/// </summary>
public interface IConversationStore
{
    ValueTask<ConversationContext?> GetAsync(string conversationKey, CancellationToken cancellationToken = default);

    ValueTask SetAsync(string conversationKey, ConversationContext context, CancellationToken cancellationToken = default);
}
