using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Channels.Rules;
using RoleBot.Experts;

namespace RoleBot.State;

public static class StateServiceCollectionExtensions
{
    /// <summary>
    /// Conversation context, delivery de-duplication, the feedback store (in process + SQLite by default) and the
    /// <see cref="AnswerRecorder"/> every channel asks through.
    /// </summary>
    public static IServiceCollection AddRoleBotState(this IServiceCollection services)
    {
        services.AddOptions<StateOptions>().BindConfiguration(StateOptions.SectionName);
        services.AddMemoryCache(o => o.SizeLimit = 100_000);
        services.TryAddSingleton<IConversationStore, InMemoryConversationStore>();
        services.TryAddSingleton<IEventDeduplicator, InMemoryEventDeduplicator>();
        services.TryAddSingleton<IFeedbackStore, SqliteFeedbackStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StateStoreHealth>();
        services.AddOptions<AnswerCacheOptions>().BindConfiguration(AnswerCacheOptions.SectionName);
        services.TryAddSingleton<AnswerCache>();
        services.TryAddSingleton<CitedDocuments>();
        services.TryAddSingleton<IQuestionLog, SqliteQuestionLog>();
        services.TryAddSingleton<QuestionLogBuffer>();
        services.AddHostedService(sp => sp.GetRequiredService<QuestionLogBuffer>());
        services.AddChannelRules();
        services.AddExpertStores();
        services.TryAddSingleton<AnswerRecorder>();
        return services;
    }
}
