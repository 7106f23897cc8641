using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RoleBot.TestKit.Operations;

/// <summary>
/// A local stand-in for an OpenTelemetry collector speaking OTLP/HTTP: accepts protobuf POSTs on /v1/traces,
/// /v1/metrics and /v1/logs and keeps each body, so tests can see what RoleBot exported.
/// </summary>
public sealed class FakeOtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOtlpCollector(WebApplication app, ConcurrentQueue<(string Path, byte[] Body)> received)
    {
        _app = app;
        Received = received;
        BaseAddress = new Uri(app.Urls.First());
    }

    public Uri BaseAddress { get; }

    public ConcurrentQueue<(string Path, byte[] Body)> Received { get; }

    public static async Task<FakeOtlpCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var received = new ConcurrentQueue<(string, byte[])>();
        app.MapPost("/v1/{signal}", async (HttpContext http, string signal) =>
        {
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body);
            received.Enqueue(("/v1/" + signal, body.ToArray()));
            // An empty Export*ServiceResponse is a valid protobuf message: zero bytes.
            return Results.Bytes([], "application/x-protobuf");
        });
        await app.StartAsync();
        return new FakeOtlpCollector(app, received);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
