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
        services.TryAddSingleton<IConnectionMultiplexer>(_ =>
        {
            var options = ConfigurationOptions.Parse(connection);
            // Keep starting (and retrying) while Redis is briefly unreachable instead of failing the host.
            options.AbortOnConnectFail = false;
            return ConnectionMultiplexer.Connect(options);
        });
        services.Replace(ServiceDescriptor.Singleton<IConversationStore, RedisConversationStore>());
        services.Replace(ServiceDescriptor.Singleton<IEventDeduplicator, RedisEventDeduplicator>());
        services.Replace(ServiceDescriptor.Singleton<IFeedbackStore, RedisFeedbackStore>());
        services.Replace(ServiceDescriptor.Singleton<IQuestionLog, RedisQuestionLog>());
        services.UseRedisExpertStores();
        return services;
    }
}
