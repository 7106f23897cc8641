using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Experts;
using StackExchange.Redis;

namespace RoleBot.State.Redis;

public static class RedisStateExtensions
{
    /// <summary>
    /// When <c>Redis:Configuration</c> is set, replaces the in-process conversation store and de-duplicator and the
    /// SQLite feedback store with Redis ones shared by every replica; otherwise changes nothing.
    /// </summary>
    public static IServiceCollection AddRoleBotRedisState(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(RedisStateOptions.SectionName);
        var connection = section[nameof(RedisStateOptions.Configuration)];
        if (string.IsNullOrWhiteSpace(connection))
        {
            return services;
        }

        services.AddOptions<RedisStateOptions>().Bind(section);
        // Connected by a hosted service after start-up, never synchronously while resolving a request's services.
        services.TryAddSingleton<RedisConnection>();
        services.Replace(ServiceDescriptor.Singleton<StateStoreHealth>(sp => sp.GetRequiredService<RedisConnection>()));
        services.AddHostedService<RedisConnector>();
        services.Replace(ServiceDescriptor.Singleton<IConversationStore, RedisConversationStore>());
        services.Replace(ServiceDescriptor.Singleton<IEventDeduplicator, RedisEventDeduplicator>());
        services.Replace(ServiceDescriptor.Singleton<IFeedbackStore, RedisFeedbackStore>());
        services.Replace(ServiceDescriptor.Singleton<IQuestionLog, RedisQuestionLog>());
        services.UseRedisExpertStores();
        return services;
    }
}
