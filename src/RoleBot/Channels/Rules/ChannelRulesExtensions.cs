using RoleBot.ConfigFiles;

namespace RoleBot.Channels.Rules;

public static class ChannelRulesExtensions
{
    /// <summary>channels.yml: per-channel scopes and triggers (setting Channels:RulesPath).</summary>
    public static IServiceCollection AddChannelRules(this IServiceCollection services)
    {
        services.AddOptions<ChannelRulesOptions>().BindConfiguration(ChannelRulesOptions.SectionName);
        return services.AddConfigFile<ChannelRules>();
    }
}
