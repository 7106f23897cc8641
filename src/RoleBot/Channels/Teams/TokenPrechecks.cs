using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Checks a bearer token can fail without any signing key: algorithm, lifetime, audience and (for Entra tokens) the
/// calling app. They run before the key metadata is fetched, so a token refused by them is a 401 even while the
/// metadata is unreachable (instead of a 503), and such tokens never make RoleBot fetch anything. Passing them proves
/// nothing: the full validation with the keys repeats every check on the verified token.
/// </summary>
internal static class TokenPrechecks
{
    /// <summary>The only algorithms Bot Framework signs with (unsigned and HMAC tokens are refused).</summary>
    public static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    /// <summary>Clock skew allowed on nbf / exp, as the Connector authentication spec sets it.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Null when the token may be valid; otherwise why it cannot be (for logs).</summary>
    public static string? Problem(JsonWebToken token, IReadOnlyCollection<string> audiences, DateTimeOffset now)
    {
        if (!Algorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return $"algorithm {(string.IsNullOrEmpty(token.Alg) ? "(none)" : token.Alg)} not allowed";
        }

        // JsonWebToken reports a missing exp / nbf as DateTime.MinValue.
        if (token.ValidTo == DateTime.MinValue)
        {
            return "token has no expiry";
        }

        if (now.UtcDateTime > token.ValidTo + ClockSkew)
        {
            return "token expired";
        }

        if (token.ValidFrom != DateTime.MinValue && now.UtcDateTime < token.ValidFrom - ClockSkew)
        {
            return "token not yet valid";
        }

        return token.Audiences.Any(a => audiences.Contains(a, StringComparer.Ordinal)) ? null : "token for another audience";
    }

    /// <summary>
    /// The app that obtained an Entra token: "appid" in v1 tokens (no "ver" or "1.0"), "azp" in v2 tokens; null for
    /// any other version.
    /// </summary>
    public static string? EntraCaller(JsonWebToken token)
    {
        var version = Claim(token, "ver") ?? "1.0";
        return version switch
        {
            "1.0" => Claim(token, "appid"),
            "2.0" => Claim(token, "azp"),
            _ => null,
        };
    }

    public static string? Claim(JsonWebToken token, string type) => token.TryGetClaim(type, out var claim) ? claim.Value : null;
}
