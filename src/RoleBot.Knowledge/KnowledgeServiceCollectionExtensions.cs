using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace RoleBot.Knowledge;

public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>Registers the knowledge core; the web host and every CLI verb call this once.</summary>
    public static IServiceCollection AddRoleBotKnowledge(this IServiceCollection services, Action<KnowledgeOptions>? configure = null)
    {
        var options = services.AddOptions<KnowledgeOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<KnowledgeHost>();
        return services;
    }
}
