using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoleBot.TestKit.Operations;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Operations;

public sealed class OtlpExportTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Telemetry_OtlpEndpointConfigured_ExportsRoleBotMetricsAndTraces()
    {
        await using var collector = await FakeOtlpCollector.StartAsync();
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["OpenTelemetry:OtlpEndpoint"] = collector.BaseAddress.ToString().TrimEnd('/'),
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "300",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        });

        await server.Client.GetAsync("/api/ask?q=spark", Cancel);

        var deadline = DateTime.UtcNow.AddSeconds(30);
        bool Has(string path, string text) => collector.Received.Any(r => r.Path == path && Encoding.UTF8.GetString(r.Body).Contains(text, StringComparison.Ordinal));
        while (!(Has("/v1/metrics", "rolebot.questions.answered") && Has("/v1/traces", "rolebot.answer")) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, Cancel);
        }

        Assert.True(Has("/v1/metrics", "rolebot.answer.duration"), "no RoleBot metrics exported");
        Assert.True(Has("/v1/metrics", "rolebot.questions.answered"), "no answered counter exported");
        Assert.True(Has("/v1/traces", "rolebot.answer"), "no answer span exported");
    }

    [Fact]
    public async Task Telemetry_NoEndpoint_RegistersNoExporter()
    {
        await using var server = await RoleBotServer.StartAsync();

        Assert.Null(server.Services.GetService<OpenTelemetry.Metrics.MeterProvider>());
        Assert.Null(server.Services.GetService<OpenTelemetry.Trace.TracerProvider>());
    }

    [Fact]
    public async Task Shutdown_Default_WaitsForInFlightRepliesUpTo25Seconds()
    {
        await using var server = await RoleBotServer.StartAsync();

        Assert.Equal(TimeSpan.FromSeconds(25), server.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }
}
