using RoleBot.ConfigFiles;
using RoleBot.Knowledge;
using RoleBot.State;

namespace RoleBot.Hosting;

public static class HealthEndpoints
{
    /// <summary>
    /// GET /healthz (the process is alive) and GET /readyz (the knowledge is loaded). Both are unauthenticated, so
    /// /readyz gives counts and a generic status only: folder paths, file names and error messages, which tell an
    /// outsider how the server is laid out, stay in the log and in <c>rolebot index</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => TypedResults.Text("ok")).ExcludeFromDescription();
        endpoints.MapGet("/readyz", Readiness).ExcludeFromDescription();
        return endpoints;
    }

    private static IResult Readiness(KnowledgeHost knowledge, StateStoreHealth state, [Microsoft.AspNetCore.Mvc.FromServices] IEnumerable<ConfigFiles.IConfigFileReport> configFiles)
    {
        var reloadFailed = knowledge.LastReloadError is not null;
        var stateStore = state.Describe();
        if (!knowledge.IsLoaded)
        {
            // 503 until the first index is built: a replica with nothing to answer from takes no traffic.
            return Results.Json(new
            {
                status = reloadFailed ? "unavailable" : "loading",
                knowledge = reloadFailed ? "load failed" : "loading",
                stateStore,
                configFiles = configFiles.ReadyzEntries(),
            }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var current = knowledge.Current;
        // Degraded still answers (200): the last good knowledge serves and the state store is optional for answers.
        // Lexical mode because the model failed to load is degraded too: answers hold, but paraphrases are missed.
        var degraded = reloadFailed || !state.IsHealthy || current.Stats.SemanticProblem is not null;
        return Results.Json(new
        {
            status = degraded ? "degraded" : "ready",
            knowledge = reloadFailed ? "reload failed" : "loaded",
            documents = current.Stats.Documents,
            passages = current.Stats.Passages,
            skippedFiles = current.Warnings.Count,
            search = current.Stats.SearchMode,
            semantic = current.Stats.SemanticProblem is null ? null : "embedding model unavailable",
            loadedAt = knowledge.LoadedAt,
            stateStore,
            configFiles = configFiles.ReadyzEntries(),
        });
    }
}
