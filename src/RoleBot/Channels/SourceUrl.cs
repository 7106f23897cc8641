namespace RoleBot.Channels;

/// <summary>
/// A document's source URL made safe to link in every channel: only absolute http(s) URLs, percent-encoded where a
/// URI needs it (SharePoint paths with spaces), never encoded twice (an existing %20 stays %20).
/// </summary>
public static class SourceUrl
{
    /// <summary>Longest URL linked; a longer one is shown as the title alone (Slack rejects very long links).</summary>
    public const int MaxChars = 3000;

    /// <summary>The URL to link, or null when <paramref name="url"/> is not an http(s) URL RoleBot should link.</summary>
    public static string? ForLink(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        // AbsoluteUri escapes what a URI may not contain (spaces, quotes, <, >, non-ASCII) and keeps valid %XX escapes.
        // "(", ")" and "|" are valid in a URI but end a markdown link destination or a Slack <url|label>, so they are
        // escaped too; servers read %28 %29 %7C as the same path.
        var link = uri.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)
            .Replace("|", "%7C", StringComparison.Ordinal);
        return link.Length <= MaxChars ? link : null;
    }
}
