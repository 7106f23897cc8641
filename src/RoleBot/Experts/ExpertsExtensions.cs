using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.ConfigFiles;
using RoleBot.Experts.Redis;
using RoleBot.Experts.Slack;
using RoleBot.Experts.Teams;

namespace RoleBot.Experts;

public static class ExpertsExtensions
{
    /// <summary>The stores hand-offs, curated answers and Teams conversation references live in (SQLite; Redis replaces them).</summary>
    public static IServiceCollection AddExpertStores(this IServiceCollection services)
    {
        services.TryAddSingleton<IHandoffStore, SqliteHandoffStore>();
        services.TryAddSingleton<ICuratedAnswerStore, SqliteCuratedAnswerStore>();
        services.TryAddSingleton<ICuratedAnswerSink>(sp => sp.GetRequiredService<ICuratedAnswerStore>());
        services.TryAddSingleton<IConversationReferenceStore, SqliteConversationReferenceStore>();
        return services;
    }

    /// <summary>Called when Redis:Configuration is set: every replica shares hand-offs, curated answers and references.</summary>
    public static IServiceCollection UseRedisExpertStores(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Singleton<IHandoffStore, RedisHandoffStore>());
        services.Replace(ServiceDescriptor.Singleton<ICuratedAnswerStore, RedisCuratedAnswerStore>());
        services.Replace(ServiceDescriptor.Singleton<IConversationReferenceStore, RedisConversationReferenceStore>());
        return services;
    }

    /// <summary>experts.yml, routing, the hand-off service with its Slack and Bot Framework couriers, and the timeout check.</summary>
    public static WebApplicationBuilder AddExperts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ExpertsOptions>().BindConfiguration(ExpertsOptions.SectionName);
        services.AddExpertStores();
        services.AddConfigFile<ExpertsConfig>();
        services.TryAddSingleton<ExpertRouter>();
        services.TryAddSingleton<HandoffService>();
        services.AddSingleton<IHandoffCourier, SlackHandoffCourier>();
        services.AddSingleton<IHandoffCourier, BotFrameworkHandoffCourier>();
        services.TryAddSingleton<SlackExpertInteractions>();
        services.TryAddSingleton<SlackExpertReplies>();
        services.TryAddSingleton<TeamsInstallations>();
        services.TryAddTransient<TeamsExpertActions>();
        services.AddHostedService<HandoffTimeoutService>();
        return builder;
    }
}
