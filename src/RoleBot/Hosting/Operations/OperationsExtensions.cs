using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using RoleBot.State.Redis;

namespace RoleBot.Hosting.Operations;

/// <summary>Production concerns of the web host: live reload, telemetry, graceful shutdown and Redis scale-out.</summary>
public static class OperationsExtensions
{
    /// <summary>How long shutdown waits for in-flight replies (setting <c>Operations:ShutdownTimeout</c>, default 25 s).</summary>
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(25);

    public static WebApplicationBuilder AddRoleBotOperations(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddOptions<ReloadOptions>().BindConfiguration(ReloadOptions.SectionName);
        builder.Services.AddHostedService<KnowledgeWatcherService>();
        // On SIGTERM Kestrel stops accepting, then waits this long for requests already being answered.
        var shutdown = configuration.GetValue<TimeSpan?>("Operations:ShutdownTimeout") ?? DefaultShutdownTimeout;
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdown);
        builder.Services.AddRoleBotRedisState(configuration);
        builder.AddRoleBotTelemetry();
        return builder;
    }

    /// <summary>
    /// OpenTelemetry metrics and traces ("RoleBot" plus ASP.NET Core and HttpClient), exported over OTLP only when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or <c>OpenTelemetry:OtlpEndpoint</c> is set; nothing is collected otherwise.
    /// </summary>
    public static WebApplicationBuilder AddRoleBotTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var endpoint = configuration["OpenTelemetry:OtlpEndpoint"];
        var fromEnvironment = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint) && string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return builder;
        }

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? "rolebot"))
            .WithMetrics(m => m.AddMeter(RoleBotTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithTracing(t => t
                .AddSource(RoleBotTelemetry.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/healthz") && !http.Request.Path.StartsWithSegments("/readyz"))
                .AddHttpClientInstrumentation());
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            // The standard OTEL_EXPORTER_OTLP_* variables (endpoint, protocol, headers) configure the exporter.
            otel.UseOtlpExporter();
        }
        else
        {
            var protocol = string.Equals(configuration["OpenTelemetry:OtlpProtocol"], "grpc", StringComparison.OrdinalIgnoreCase)
                ? OtlpExportProtocol.Grpc
                : OtlpExportProtocol.HttpProtobuf;
            otel.UseOtlpExporter(protocol, new Uri(endpoint));
        }

        return builder;
    }
}
