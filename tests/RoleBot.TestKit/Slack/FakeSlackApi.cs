using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RoleBot.TestKit.Slack;

/// <summary>
/// A local stand-in for Slack on Kestrel at 127.0.0.1: Web API methods (chat.postMessage, chat.update, auth.test,
/// apps.connections.open) under /api/, response_url endpoints under /response/, and a Socket Mode WebSocket at /socket
/// (see <see cref="FakeSlackApi.SocketMode"/>). It records everything RoleBot sends.
/// </summary>
public sealed partial class FakeSlackApi : IAsyncDisposable
{
    public const string BotUserId = "UROLEBOT";
    public const string BotId = "BROLEBOT";
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<SlackApiCall> _calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<HttpStatusCode>> _failures = new();
    private readonly ConcurrentDictionary<string, string> _refusedChannels = new(StringComparer.Ordinal);
    private int _ts;
    private volatile TaskCompletionSource? _hold;

    private FakeSlackApi(WebApplication app) => _app = app;

    /// <summary>Where the fake listens (known once it has started).</summary>
    public Uri BaseAddress => new(_app.Urls.First());

    /// <summary>The value for Slack:ApiBaseUrl.</summary>
    public Uri ApiBaseUrl => new(BaseAddress, "/api/");

    public IReadOnlyList<SlackApiCall> Calls => [.. _calls];

    public IEnumerable<SlackApiCall> CallsTo(string method) => _calls.Where(c => c.Method == method);

    /// <summary>A response_url RoleBot may post to; calls to it are recorded as method "response_url".</summary>
    public Uri ResponseUrl(string id) => new(BaseAddress, "/response/" + id);

    public static async Task<FakeSlackApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var fake = new FakeSlackApi(app);
        app.UseWebSockets();
        app.MapPost("/api/{method}", fake.HandleMethodAsync);
        app.MapPost("/response/{id}", fake.HandleResponseUrlAsync);
        app.Map("/socket", fake.AcceptSocketAsync);
        await app.StartAsync();
        return fake;
    }

    /// <summary>Until <see cref="ReleasePosts"/>, chat.postMessage calls are recorded and then kept waiting.</summary>
    public void HoldPosts() => _hold = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleasePosts() => _hold?.TrySetResult();

    /// <summary>Makes the next call to <paramref name="method"/> answer <paramref name="status"/> (429 comes with Retry-After: 1).</summary>
    public void FailNext(string method, HttpStatusCode status) => _failures.GetOrAdd(method, _ => new()).Enqueue(status);

    /// <summary>
    /// chat.postMessage into <paramref name="channel"/> answers {"ok":false,"error":<paramref name="error"/>} with HTTP 200,
    /// as Slack does for a channel the bot is not in ("not_in_channel") or cannot see ("channel_not_found").
    /// </summary>
    public void RefusePostsTo(string channel, string error = "not_in_channel") => _refusedChannels[channel] = error;

    /// <summary>
    /// Polls until <paramref name="count"/> calls match, or fails after <paramref name="timeout"/> (default 40 s: a
    /// deadline, not a speed check; at 20 s a first answer timed out once on a 2-core machine busy with other work).
    /// </summary>
    public async Task<IReadOnlyList<SlackApiCall>> WaitForAsync(Func<SlackApiCall, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(40));
        while (true)
        {
            var found = _calls.Where(match).ToList();
            if (found.Count >= count)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"expected {count} matching Slack calls, saw {found.Count}; all calls: " +
                    string.Join(", ", _calls.Select(c => c.Method)));
            }

            await Task.Delay(25);
        }
    }

    private async Task<IResult> HandleMethodAsync(string method, HttpContext http)
    {
        var body = await ReadJsonAsync(http.Request);
        _calls.Enqueue(new SlackApiCall(method, http.Request.Headers.Authorization, body, http.Request.ContentType));
        if (method == "chat.postMessage" && _hold is { } hold)
        {
            await hold.Task;
        }

        if (_failures.TryGetValue(method, out var failures) && failures.TryDequeue(out var status))
        {
            if (status == HttpStatusCode.TooManyRequests)
            {
                http.Response.Headers.RetryAfter = "1";
            }

            return Results.Json(new JsonObject { ["ok"] = false, ["error"] = "ratelimited" }, statusCode: (int)status);
        }

        if (http.Request.Headers.Authorization is not [{ } auth] || !auth.StartsWith("Bearer x", StringComparison.Ordinal))
        {
            return Results.Json(new JsonObject { ["ok"] = false, ["error"] = "not_authed" });
        }

        if (method == "chat.postMessage" && body["channel"]?.ToString() is { } target && _refusedChannels.TryGetValue(target, out var refusal))
        {
            return Results.Json(new JsonObject { ["ok"] = false, ["error"] = refusal });
        }

        var ok = method switch
        {
            "chat.postMessage" => new JsonObject { ["ok"] = true, ["channel"] = body["channel"]?.ToString(), ["ts"] = $"1700000000.{Interlocked.Increment(ref _ts):D6}" },
            "chat.update" => new JsonObject { ["ok"] = true, ["channel"] = body["channel"]?.ToString(), ["ts"] = body["ts"]?.ToString() },
            "auth.test" => new JsonObject { ["ok"] = true, ["user_id"] = BotUserId, ["bot_id"] = BotId, ["team_id"] = "T0001" },
            "apps.connections.open" => new JsonObject { ["ok"] = true, ["url"] = new Uri(BaseAddress, "/socket").AbsoluteUri.Replace("http://", "ws://", StringComparison.Ordinal) },
            _ => new JsonObject { ["ok"] = false, ["error"] = "unknown_method" },
        };
        return Results.Json(ok);
    }

    private async Task<IResult> HandleResponseUrlAsync(string id, HttpContext http)
    {
        _calls.Enqueue(new SlackApiCall("response_url", http.Request.Headers.Authorization, await ReadJsonAsync(http.Request), http.Request.ContentType));
        return Results.Text("ok");
    }

    private static async Task<JsonObject> ReadJsonAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync();
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? new JsonObject { ["_raw"] = text };
        }
        catch (System.Text.Json.JsonException)
        {
            return new JsonObject { ["_raw"] = text };
        }
    }

    public async ValueTask DisposeAsync()
    {
        ReleaseSockets();
        ReleasePosts();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
