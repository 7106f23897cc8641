namespace RoleBot.Web.Insights;

/// <summary>
/// <c>GET /insights</c> (HTML) and <c>GET /api/insights</c> (the same data as JSON), behind the web API's access rule
/// and rate limit. Served with the playground's Content-Security-Policy: no script at all.
/// </summary>
internal static class InsightsEndpoints
{
    public static RouteHandlerBuilder MapInsightsPage(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/insights", async (InsightsBuilder builder, HttpContext http) =>
        {
            var report = await builder.BuildAsync(http.RequestAborted);
            http.Response.Headers.ContentSecurityPolicy = Playground.PlaygroundAssets.ContentSecurityPolicy;
            http.Response.Headers.CacheControl = "no-store";
            return Results.Content(InsightsPage.Render(report), "text/html; charset=utf-8");
        }).ExcludeFromDescription();

    public static RouteGroupBuilder MapInsightsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/insights", async (InsightsBuilder builder, CancellationToken cancellationToken) =>
                TypedResults.Json(await builder.BuildAsync(cancellationToken), InsightsJson.Default.InsightsReport))
            .WithTags("Insights")
            .WithSummary("Unanswered questions grouped by similarity, most asked questions, votes per day, expert hand-offs, documents by age");
        return api;
    }
}
