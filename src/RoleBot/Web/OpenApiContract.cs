using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace RoleBot.Web;

/// <summary>
/// Makes /openapi/v1.json say what the server really does, beyond what endpoint metadata can: the access key of the
/// web API (<see cref="WebAccessFilter"/>, 401 on every /api route), Slack's request signature (401 unsigned) and
/// Slack's 400s, tag descriptions, and numbers typed as numbers (the web defaults would read "integer or string").
/// </summary>
internal static class OpenApiContract
{
    public const string ApiKeyScheme = "ApiKey", BearerScheme = "Bearer", SlackScheme = "SlackSignature";

    public static IServiceCollection AddRoleBotOpenApi(this IServiceCollection services)
    {
        // Only the schema generator and minimal-API binding read these options; every endpoint parses its own JSON.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Description = "RoleBot answers onboarding questions from quoted documents. The stable contract is /api/ask.";
                // Paths start with "/": a server URL ending in "/" would make "//api/ask".
                foreach (var server in document.Servers ?? [])
                {
                    server.Url = server.Url?.TrimEnd('/');
                }

                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-Api-Key",
                    Description = "The operator's Web:ApiKey. Not needed when the operator set Web:AllowAnonymous (a public playground).",
                };
                document.Components.SecuritySchemes[BearerScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "The same key as Authorization: Bearer <key>.",
                };
                document.Components.SecuritySchemes[SlackScheme] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-Slack-Signature",
                    Description = "Slack's v0 HMAC-SHA256 of the timestamp (X-Slack-Request-Timestamp) and body, with the app's signing secret.",
                };
                document.Tags = new HashSet<OpenApiTag>
                {
                    new() { Name = "Ask", Description = "The stable question-answering API." },
                    new() { Name = "Playground", Description = "The playground page's own API (not a stable contract)." },
                    new() { Name = "Slack", Description = "Slack's Events API, slash commands and interactivity (called by Slack)." },
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                var path = "/" + (context.Description.RelativePath ?? "");
                operation.Responses ??= [];
                if (path.StartsWith("/api/slack/", StringComparison.Ordinal))
                {
                    var name = path["/api/slack/".Length..];
                    operation.OperationId ??= "Slack" + char.ToUpperInvariant(name[0]) + name[1..];
                    operation.Summary ??= $"Slack {name} (signed by Slack)";
                    operation.Tags = new HashSet<OpenApiTagReference> { new("Slack", context.Document) };
                    AddProblem(operation, context, "400", "The body is not a Slack request of this kind.");
                    AddProblem(operation, context, "401", "The Slack signature is missing, wrong or too old, or no signing secret is set.");
                    operation.Security = [new() { [new OpenApiSecuritySchemeReference(SlackScheme, context.Document)] = [] }];
                }
                else if (path.StartsWith("/api/", StringComparison.Ordinal))
                {
                    AddProblem(operation, context, "401", "No access key, or a wrong one.");
                    operation.Security =
                    [
                        new() { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] },
                        new() { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] },
                    ];
                }

                return Task.CompletedTask;
            });
        });
        return services;
    }

    private static void AddProblem(OpenApiOperation operation, OpenApiOperationTransformerContext context, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
            },
        };
    }
}
