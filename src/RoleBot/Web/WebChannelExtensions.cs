using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Experts.Web;
using RoleBot.State;
using RoleBot.Web.Insights;
using RoleBot.Web.Playground;

namespace RoleBot.Web;

public static class WebChannelExtensions
{
    /// <summary>Registers the playground page, the REST API, its rate limiter and the OpenAPI document.</summary>
    public static WebApplicationBuilder AddWebChannel(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebOptions>().BindConfiguration(WebOptions.SectionName);
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName);
        builder.Services.AddSingleton<WebAccessFilter>();
        builder.Services.AddSingleton<Insights.InsightsBuilder>();
        builder.Services.AddWebRateLimiting();
        builder.Services.AddRoleBotOpenApi();
        return builder;
    }

    /// <summary>Maps GET /, /passage, /api/ask, /api/playground/* and the OpenAPI document at /openapi/v1.json.</summary>
    public static IEndpointRouteBuilder MapWebChannel(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints is IApplicationBuilder app)
        {
            // Runs after routing (added first by WebApplication), so only endpoints with the policy are limited.
            app.UseRateLimiter();
        }

        endpoints.MapOpenApi();
        endpoints.MapPlaygroundAssets();
        endpoints.MapPassagePage().AddEndpointFilter<WebAccessFilter>().RequireRateLimiting(WebRateLimiting.PolicyName);
        endpoints.MapInsightsPage().AddEndpointFilter<WebAccessFilter>().RequireRateLimiting(WebRateLimiting.PolicyName);
        var api = endpoints.MapGroup("/api")
            .AddEndpointFilter<WebAccessFilter>()
            .RequireRateLimiting(WebRateLimiting.PolicyName)
            .WithTags("Ask");
        api.MapAskEndpoints();
        api.MapPlaygroundEndpoints();
        api.MapPlaygroundHandoffs();
        api.MapInsightsApi();
        return endpoints;
    }
}
