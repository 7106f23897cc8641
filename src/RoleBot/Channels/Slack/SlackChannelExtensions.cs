using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using RoleBot.Channels.Slack.SocketMode;

namespace RoleBot.Channels.Slack;

public static class SlackChannelExtensions
{
    /// <summary>Registers the Slack channel's services and options (Socket Mode too when Slack:AppToken is set).</summary>
    public static WebApplicationBuilder AddSlackChannel(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SlackWebApiClient.HttpClientName)
            .AddResilienceHandler("slack", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
                pipeline.AddTimeout(options.ApiTimeout);

                // Retried: 429 (after Retry-After) and connections that never opened. Not 5xx or timeouts, where Slack
                // may already have posted the message and a retry would post the answer twice.
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 3,
                    Delay = TimeSpan.FromSeconds(1),
                    BackoffType = DelayBackoffType.Exponential,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests
                        || args.Outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }),
                });
            });
        services.AddHttpClient(SlackWebApiClient.ResponseUrlClientName, (sp, http) =>
                http.Timeout = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiTimeout)
            .RemoveAllLoggers();
        services.AddSingleton<SlackWebApiClient>();
        services.AddSingleton<SlackSignatureVerifier>();
        services.AddSingleton<SlackBotIdentity>();
        services.AddSingleton<SlackAnswerer>();
        services.AddSingleton<SlackReplyWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<SlackReplyWorker>());
        services.AddSingleton<SlackEventProcessor>();
        services.AddSingleton<SlackCommandHandler>();
        services.AddSingleton<SlackInteractionHandler>();
        services.AddSingleton<SocketModeDispatcher>();
        if (!string.IsNullOrWhiteSpace(builder.Configuration[$"{SlackOptions.SectionName}:{nameof(SlackOptions.AppToken)}"]))
        {
            services.AddHostedService<SocketModeService>();
        }

        return builder;
    }

    /// <summary>Maps the Slack channel's endpoints under /api/slack.</summary>
    public static IEndpointRouteBuilder MapSlackChannel(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SlackChannelExtensions));
        if (string.IsNullOrEmpty(options.SigningSecret))
        {
            if (options.DangerouslyAllowUnsignedRequests)
            {
                logger.LogWarning("Slack:DangerouslyAllowUnsignedRequests is on: /api/slack accepts UNSIGNED requests. Local development only.");
            }
            else
            {
                logger.LogInformation("Slack:SigningSecret is not set: /api/slack answers 401 to every request");
            }
        }

        return endpoints.MapSlackEndpoints();
    }
}
