using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace RoleBot.Channels.Slack;

/// <summary>
/// The few Web API methods RoleBot calls, as JSON POSTs with the bot token as Bearer. Slack reports most failures as
/// HTTP 200 with "ok": false, so every answer's "ok" is checked; 429s are retried after Retry-After by the resilience
/// pipeline registered in <see cref="SlackChannelExtensions"/>. Tokens never reach a log message.
/// </summary>
public sealed class SlackWebApiClient(IHttpClientFactory httpClients, IOptions<SlackOptions> options, ILogger<SlackWebApiClient> logger)
{
    public const string HttpClientName = "slack";

    /// <summary>Client for response_url posts: registered without HTTP logging, since the URL itself is a credential.</summary>
    public const string ResponseUrlClientName = "slack-response-url";

    /// <summary>chat.postMessage; returns the new message's ts.</summary>
    public async Task<string?> PostMessageAsync(string channel, string? threadTs, SlackMessage message, CancellationToken cancellationToken)
    {
        var body = message.ToJson();
        body["channel"] = channel;
        if (threadTs is not null)
        {
            body["thread_ts"] = threadTs;
        }

        body["unfurl_links"] = false;
        var result = await CallAsync("chat.postMessage", body, options.Value.BotToken, cancellationToken);
        return result?["ts"]?.GetValue<string>();
    }

    /// <summary>chat.update: replaces a message's text and blocks.</summary>
    public async Task<bool> UpdateMessageAsync(string channel, string ts, JsonObject body, CancellationToken cancellationToken)
    {
        body["channel"] = channel;
        body["ts"] = ts;
        return await CallAsync("chat.update", body, options.Value.BotToken, cancellationToken) is not null;
    }

    /// <summary>auth.test: the bot's own user id (to ignore its own messages).</summary>
    public async Task<string?> AuthTestAsync(CancellationToken cancellationToken) =>
        (await CallAsync("auth.test", [], options.Value.BotToken, cancellationToken))?["user_id"]?.GetValue<string>();

    /// <summary>apps.connections.open with the app-level token: a fresh Socket Mode WebSocket URL.</summary>
    public async Task<Uri?> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var url = (await CallAsync("apps.connections.open", [], options.Value.AppToken, cancellationToken))?["url"]?.GetValue<string>();
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
    }

    /// <summary>POSTs a message to a response_url (slash commands, interactions); it carries its own authority, no token.</summary>
    public async Task<bool> PostToResponseUrlAsync(Uri responseUrl, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, responseUrl) { Content = Json(body) };
        try
        {
            using var response = await httpClients.CreateClient(ResponseUrlClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Slack response_url answered {Status}", (int)response.StatusCode);
            }

            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Slack response_url call failed: {Error}", ex.GetBaseException().Message);
            return false;
        }
    }

    private async Task<JsonObject?> CallAsync(string method, JsonObject body, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            logger.LogWarning("Slack {Method} skipped: no token is configured", method);
            return null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.ApiUrl(method)) { Content = Json(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var result = TryParse(text);
            if (!response.IsSuccessStatusCode || result?["ok"]?.GetValueKind() != JsonValueKind.True)
            {
                // Slack's "error" is a short code such as "channel_not_found"; it never echoes the token.
                logger.LogWarning("Slack {Method} failed: HTTP {Status}, error {Error}", method, (int)response.StatusCode,
                    result?["error"]?.ToString() ?? "(no JSON)");
                return null;
            }

            return result;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Slack {Method} call failed: {Error}", method, ex.GetBaseException().Message);
            return null;
        }
    }

    private static StringContent Json(JsonObject body) =>
        new(body.ToJsonString(), Encoding.UTF8, new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" });

    private static JsonObject? TryParse(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
