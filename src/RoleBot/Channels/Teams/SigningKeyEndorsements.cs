using System.Collections.Concurrent;
using System.Text.Json;

namespace RoleBot.Channels.Teams;

/// <summary>
/// The <c>endorsements</c> of each Bot Framework signing key (the channels a key may sign for). They are an extra JWKS
/// member that standard JWK parsing drops, so the JWKS is read here directly; cached per JWKS URL and re-read when a
/// key id is missing. Only keys that already verified a token's signature are looked up, so a forged key id cannot
/// make RoleBot fetch the JWKS.
/// </summary>
internal sealed class SigningKeyEndorsements(IHttpClientFactory httpClients, TimeProvider time)
{
    public const string HttpClientName = "RoleBot.BotFramework.Metadata";

    private readonly ConcurrentDictionary<string, Snapshot> _byJwksUri = new(StringComparer.Ordinal);

    /// <summary>The channels the key may sign for, or null when the key id is not in the JWKS at all.</summary>
    public async Task<IReadOnlyList<string>?> ForKeyAsync(string jwksUri, string keyId, TimeSpan maxAge, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!_byJwksUri.TryGetValue(jwksUri, out var snapshot) || now - snapshot.At > maxAge || !snapshot.Keys.ContainsKey(keyId))
        {
            snapshot = new Snapshot(now, await FetchAsync(jwksUri, cancellationToken));
            _byJwksUri[jwksUri] = snapshot;
        }

        return snapshot.Keys.TryGetValue(keyId, out var endorsements) ? endorsements : null;
    }

    private async Task<Dictionary<string, IReadOnlyList<string>>> FetchAsync(string jwksUri, CancellationToken cancellationToken)
    {
        using var client = httpClients.CreateClient(HttpClientName);
        await using var stream = await client.GetStreamAsync(new Uri(jwksUri), cancellationToken);
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
        var keys = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!document.RootElement.TryGetProperty("keys", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return keys;
        }

        foreach (var key in array.EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.ValueKind == JsonValueKind.String)
            {
                keys[kid.GetString()!] = key.TryGetProperty("endorsements", out var e) && e.ValueKind == JsonValueKind.Array
                    ? e.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
                    : [];
            }
        }

        return keys;
    }

    private sealed record Snapshot(DateTimeOffset At, Dictionary<string, IReadOnlyList<string>> Keys);
}
