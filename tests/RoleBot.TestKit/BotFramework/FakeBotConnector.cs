using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace RoleBot.TestKit.BotFramework;

/// <summary>One POST the connector received: route, bearer header and the activity JSON.</summary>
public sealed record ConnectorCall(string ConversationId, string? ReplyToId, string RawPath, string? Authorization, JsonObject Activity, int AnsweredStatus, string? SentId, DateTimeOffset ReceivedAt)
{
    public string? Type => (string?)Activity["type"];
}

/// <summary>
/// Stands in for the Bot Connector v3 at an activity's serviceUrl (http://127.0.0.1): records every send and answers
/// {"id"}. <see cref="FailNext"/> scripts error answers (e.g. 429 with Retry-After, then 503) before success.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter, string? OnlyType)> _failures = new();
    private int _next;

    private FakeBotConnector(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put in activities (with a trailing slash, like Teams' regional URLs).</summary>
    public string ServiceUrl => _app.Urls.First().TrimEnd('/') + "/";

    /// <summary>Every POST received, errors included, in arrival order.</summary>
    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>Successful sends only (what a user would see).</summary>
    public IReadOnlyList<ConnectorCall> Delivered => Calls.Where(c => c.AnsweredStatus == 200).ToList();

    public static async Task<FakeBotConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new FakeBotConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", connector.ReceiveAsync);
        await app.StartAsync();
        return connector;
    }

    /// <summary>Answers the next send (of <paramref name="onlyType"/> activities, when given) with <paramref name="status"/>.</summary>
    public void FailNext(int status, string? retryAfter = null, string? onlyType = null) => _failures.Enqueue((status, retryAfter, onlyType));

    /// <summary>Waits until <paramref name="predicate"/> holds for the delivered sends, or fails after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForAsync(Func<IReadOnlyList<ConnectorCall>, bool> predicate, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var delivered = Delivered;
            if (predicate(delivered))
            {
                return delivered;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The connector got {delivered.Count} activities: {string.Join(", ", delivered.Select(d => d.Type))}");
            }

            await Task.Delay(25, cancellationToken);
        }
    }

    /// <summary>Waits for the first delivered message (not typing) activity.</summary>
    public async Task<ConnectorCall> WaitForMessageAsync(Func<ConnectorCall, bool>? match = null, CancellationToken cancellationToken = default)
    {
        var all = await WaitForAsync(d => d.Any(c => c.Type == "message" && (match?.Invoke(c) ?? true)), cancellationToken: cancellationToken);
        return all.First(c => c.Type == "message" && (match?.Invoke(c) ?? true));
    }

    private async Task<IResult> ReceiveAsync(HttpContext http, string conversationId, string? replyToId)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];
        var type = (string?)body["type"];
        var failed = _failures.TryPeek(out var failure) && (failure.OnlyType is null || failure.OnlyType == type) && _failures.TryDequeue(out failure);
        var status = failed ? failure.Status : 200;
        var sentId = failed ? null : $"reply-{Interlocked.Increment(ref _next)}";
        Calls.Enqueue(new ConnectorCall(Uri.UnescapeDataString(conversationId), replyToId is null ? null : Uri.UnescapeDataString(replyToId),
            http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()?.RawTarget ?? "", http.Request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null, body, status, sentId, DateTimeOffset.UtcNow));
        if (failed)
        {
            if (failure.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            return Results.Json(new { error = new { code = status == 429 ? "Throttled" : "ServiceUnavailable", message = "try later" } }, statusCode: status);
        }

        return Results.Json(new { id = sentId });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
