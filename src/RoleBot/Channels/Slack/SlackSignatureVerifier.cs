using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace RoleBot.Channels.Slack;

/// <summary>
/// Slack's v0 request signature: HMAC-SHA256 over "v0:{timestamp}:{raw body}" keyed with the Signing Secret,
/// compared in constant time, with the timestamp within 5 minutes of now. Fails closed when no secret is configured.
/// </summary>
public sealed class SlackSignatureVerifier(IOptions<SlackOptions> options, TimeProvider time)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>Null when the request is authentic (or unsigned requests are explicitly allowed); else the reason.</summary>
    public string? Verify(string? timestamp, string? signature, ReadOnlySpan<byte> body)
    {
        var secret = options.Value.SigningSecret;
        if (string.IsNullOrEmpty(secret))
        {
            return options.Value.DangerouslyAllowUnsignedRequests ? null : "Slack:SigningSecret is not configured.";
        }

        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return $"The {TimestampHeader} and {SignatureHeader} headers are required.";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return $"{TimestampHeader} is not a Unix time.";
        }

        var age = time.GetUtcNow().ToUnixTimeSeconds() - seconds;
        if (Math.Abs(age) > SlackOptions.SignatureTolerance.TotalSeconds)
        {
            return $"{TimestampHeader} is more than 5 minutes from now.";
        }

        var expected = Compute(secret, timestamp, body);
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), given) ? null : "The signature does not match.";
    }

    /// <summary>"v0=" + lowercase hex HMAC-SHA256 of "v0:{timestamp}:{body}".</summary>
    public static string Compute(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"v0:{timestamp}:");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
        return "v0=" + Convert.ToHexStringLower(mac);
    }
}
