using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using RoleBot.Hosting;

namespace RoleBot.Channels.Teams;

public static class TeamsChannelExtensions
{
    /// <summary>Registers the Teams / Bot Framework channel; refuses to start on unusable or unsafe settings.</summary>
    public static WebApplicationBuilder AddTeamsChannel(this WebApplicationBuilder builder)
    {
        var options = ReadOptions(builder.Configuration);
        if (options.Problem() is { } problem)
        {
            throw new StartupException(problem);
        }

        // Half-way settings refuse to start; none at all only turn the channel off (a Slack-only deployment needs no
        // Teams app id). Local development (no app id outside Production) stays open to loopback serviceUrls.
        if (!options.AuthenticationEnabled && (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword) || !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId)))
        {
            throw new StartupException("MicrosoftAppPassword or MicrosoftAppTenantId is set but MicrosoftAppId is not: set MicrosoftAppId too, or none of them to turn the Teams channel off.");
        }

        var services = builder.Services;
        services.AddOptions<BotFrameworkOptions>().Configure<IConfiguration>((o, c) => Bind(o, c));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(SigningKeyEndorsements.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(BotTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient<ConnectorClient>(c => c.Timeout = TimeSpan.FromMinutes(2))
            .AddResilienceHandler("bot-connector", (pipeline, context) => ConfigureRetries(pipeline,
                context.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value, context.ServiceProvider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<SigningKeyEndorsements>();
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.AddSingleton<BotTokenProvider>();
        services.AddSingleton<AnswerMemory>();
        services.AddSingleton<ReplyQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<ReplyQueue>());
        services.AddTransient<QuestionResponder>();
        services.AddTransient<FeedbackRecorder>();
        services.AddTransient<ActivityDispatcher>();
        services.AddHostedService<TeamsStartupNotice>();
        return builder;
    }

    /// <summary>POST /api/messages; 401 to every request while the channel is off.</summary>
    public static IEndpointRouteBuilder MapTeamsChannel(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
        if (IsOff(options, endpoints.ServiceProvider.GetRequiredService<IHostEnvironment>()))
        {
            endpoints.MapPost(TeamsEndpoints.Route, () => TypedResults.Problem(
                    "The Teams channel is off: MicrosoftAppId is not set.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized"))
                .DisableAntiforgery().ExcludeFromDescription();
            return endpoints;
        }

        endpoints.MapPost(TeamsEndpoints.Route, TeamsEndpoints.HandleAsync).DisableAntiforgery().ExcludeFromDescription();
        return endpoints;
    }

    /// <summary>No credentials in Production (without the local-test switch): the channel is off, the host still runs.</summary>
    internal static bool IsOff(BotFrameworkOptions options, IHostEnvironment environment) =>
        !options.AuthenticationEnabled && !options.AllowUnauthenticated && environment.IsProduction();

    internal static BotFrameworkOptions ReadOptions(IConfiguration configuration)
    {
        var options = new BotFrameworkOptions();
        Bind(options, configuration);
        return options;
    }

    /// <summary>Credentials from the configuration root (Bot Framework's keys), the rest from the "BotFramework" section.</summary>
    private static void Bind(BotFrameworkOptions options, IConfiguration configuration)
    {
        configuration.GetSection(BotFrameworkOptions.SectionName).Bind(options);
        options.MicrosoftAppId = configuration["MicrosoftAppId"]?.Trim();
        options.MicrosoftAppPassword = configuration["MicrosoftAppPassword"];
        options.MicrosoftAppTenantId = configuration["MicrosoftAppTenantId"]?.Trim();

        // "id1,id2" (an environment variable) or a list (MicrosoftAppAllowedCallers:0, :1 ... in JSON settings).
        var callers = configuration.GetSection("MicrosoftAppAllowedCallers");
        options.AllowedCallers = [.. (callers.Value is { } list ? [list] : callers.GetChildren().Select(c => c.Value ?? ""))
            .SelectMany(v => v.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
        var appType = configuration["MicrosoftAppType"];
        if (string.IsNullOrWhiteSpace(appType))
        {
            options.MicrosoftAppType = BotAppType.SingleTenant;
        }
        else if (Enum.TryParse<BotAppType>(appType, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            options.MicrosoftAppType = parsed;
        }
        else
        {
            throw new StartupException($"MicrosoftAppType \"{appType}\" is not one of SingleTenant, MultiTenant, UserAssignedMSI.");
        }
    }

    /// <summary>Longest Retry-After RoleBot waits for; a longer one is cut to this.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>Retry 412, 429 and 502-504 (Teams' retryable codes) and network failures, honouring Retry-After.</summary>
    private static void ConfigureRetries(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, BotFrameworkOptions options, TimeProvider time)
    {
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = options.MaxRetries,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryBaseDelay,
            MaxDelay = TimeSpan.FromSeconds(30),
            // Retry-After (seconds or a date) wins over the backoff, capped so one throttled reply cannot stall a worker.
            ShouldRetryAfterHeader = false,
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time)),
            ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
            {
                { Exception: HttpRequestException or TimeoutException or Polly.Timeout.TimeoutRejectedException } => true,
                { Result.StatusCode: System.Net.HttpStatusCode.PreconditionFailed or System.Net.HttpStatusCode.TooManyRequests
                    or System.Net.HttpStatusCode.BadGateway or System.Net.HttpStatusCode.ServiceUnavailable or System.Net.HttpStatusCode.GatewayTimeout } => true,
                _ => false,
            }),
        });
        pipeline.AddTimeout(TimeSpan.FromSeconds(20));
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date is { } date ? date - time.GetUtcNow() : null);
        return delay is { } d ? TimeSpan.FromTicks(Math.Clamp(d.Ticks, 0, MaxRetryAfter.Ticks)) : null;
    }
}
