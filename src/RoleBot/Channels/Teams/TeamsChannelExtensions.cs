namespace RoleBot.Channels.Teams;

public static class TeamsChannelExtensions
{
    /// <summary>Registers the Teams channel's services and options.</summary>
    public static WebApplicationBuilder AddTeamsChannel(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps the Teams channel's endpoints.</summary>
    public static IEndpointRouteBuilder MapTeamsChannel(this IEndpointRouteBuilder endpoints) => endpoints;
}
