namespace RoleBot.Channels.Slack;

public static class SlackChannelExtensions
{
    /// <summary>Registers the Slack channel's services and options.</summary>
    public static WebApplicationBuilder AddSlackChannel(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps the Slack channel's endpoints.</summary>
    public static IEndpointRouteBuilder MapSlackChannel(this IEndpointRouteBuilder endpoints) => endpoints;
}
