using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RoleBot.TestKit.Slack;

/// <summary>Builds requests the way Slack signs them (v0 HMAC-SHA256 over "v0:{timestamp}:{body}"), independently of RoleBot's code.</summary>
public static class SignedSlackRequest
{
    public static string Signature(string secret, string timestamp, string body) =>
        "v0=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));

    /// <summary>A POST of <paramref name="body"/> signed with <paramref name="secret"/> at <paramref name="at"/> (default now).</summary>
    public static HttpRequestMessage Create(string path, string body, string contentType, string? secret, DateTimeOffset? at = null,
        string? signatureOverride = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        if (secret is not null)
        {
            request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
            request.Headers.Add("X-Slack-Signature", signatureOverride ?? Signature(secret, timestamp, body));
        }

        return request;
    }

    public static HttpRequestMessage Json(string path, string json, string? secret, DateTimeOffset? at = null) =>
        Create(path, json, "application/json", secret, at);

    public static HttpRequestMessage Form(string path, IEnumerable<KeyValuePair<string, string>> fields, string? secret, DateTimeOffset? at = null) =>
        Create(path, string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")),
            "application/x-www-form-urlencoded", secret, at);
}
