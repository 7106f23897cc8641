using RoleBot.ConfigFiles;
using RoleBot.Knowledge;

namespace RoleBot.Hosting;

public static class HealthEndpoints
{
    /// <summary>GET /healthz (the process is alive) and GET /readyz (the knowledge is loaded, with details).</summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => TypedResults.Text("ok")).ExcludeFromDescription();
        endpoints.MapGet("/readyz", (KnowledgeHost knowledge, [Microsoft.AspNetCore.Mvc.FromServices] IEnumerable<ConfigFiles.IConfigFileReport> configFiles) =>
        {
            if (!knowledge.IsLoaded)
            {
                return Results.Json(new { status = "loading", lastError = knowledge.LastReloadError }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }

            var stats = knowledge.Current.Stats;
            return Results.Json(new
            {
                status = "ready",
                documents = stats.Documents,
                passages = stats.Passages,
                loadedAt = knowledge.LoadedAt,
                warnings = knowledge.Current.Warnings.Select(w => w.ToString()),
                lastReloadError = knowledge.LastReloadError,
                configFiles = configFiles.ReadyzEntries(),
            });
        }).ExcludeFromDescription();
        return endpoints;
    }
}
