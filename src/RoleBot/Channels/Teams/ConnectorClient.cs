using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Sends activities to the Bot Connector v3 at an activity's serviceUrl. Retries (412/429/5xx with Retry-After) come
/// from the resilience handler registered with this typed client.
/// </summary>
internal sealed partial class ConnectorClient(HttpClient http, BotTokenProvider tokens, ILogger<ConnectorClient> logger)
{
    /// <summary>POST {serviceUrl}v3/conversations/{conversationId}/activities/{replyToId}; returns the new id when the connector gives one.</summary>
    public async Task<string?> SendAsync(Uri serviceUrl, string conversationId, string? replyToId, Activity activity, CancellationToken cancellationToken)
    {
        var baseUrl = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl.AbsoluteUri : serviceUrl.AbsoluteUri + "/";
        // Teams ids contain ':', ';', '@' and '='; escaped, the ";messageid=" suffix still places the reply in its thread.
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(replyToId))
        {
            path += "/" + Uri.EscapeDataString(replyToId);
        }

        var json = JsonSerializer.Serialize(activity, ActivityJson.Default.Activity);
        var token = await tokens.GetTokenAsync(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl + path))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        request.Headers.UserAgent.ParseAdd("RoleBot/1.0 (Microsoft-BotFramework/3.1)");
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // The connector's error body is {"error":{"code","message"}}; it names the problem and carries no secret.
            LogSendFailed(logger, (int)response.StatusCode, body.Length > 500 ? body[..500] : body);
            throw new ConnectorException((int)response.StatusCode);
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, ActivityJson.Default.ResourceResponse)?.Id;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [LoggerMessage(3201, LogLevel.Warning, "Bot Connector refused an activity: HTTP {Status} {Body}")]
    private static partial void LogSendFailed(ILogger logger, int status, string body);
}

/// <summary>The connector answered an error status after all retries.</summary>
public sealed class ConnectorException(int status) : Exception($"Bot Connector answered HTTP {status}")
{
    public int Status { get; } = status;
}
