namespace RoleBot.Channels.Slack;

/// <summary>Slack app settings (section "Slack"). HTTP mode needs SigningSecret + BotToken; Socket Mode adds AppToken.</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>Signing Secret from the app's "Basic Information" page; every HTTP request is verified with it.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>Bot User OAuth Token (xoxb-...), sent as Bearer to the Web API.</summary>
    public string? BotToken { get; set; }

    /// <summary>App-level token (xapp-..., scope connections:write). When set, RoleBot also connects over Socket Mode.</summary>
    public string? AppToken { get; set; }

    /// <summary>Web API base; a method's URL is this plus its name (default https://slack.com/api/).</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>
    /// Local development only: accept unsigned HTTP requests when no SigningSecret is set. Off by default; a warning is
    /// logged at startup when it is on. Never enable this on a reachable host.
    /// </summary>
    public bool DangerouslyAllowUnsignedRequests { get; set; }

    /// <summary>How far a request timestamp may be from now (Slack's rule: 5 minutes).</summary>
    public static TimeSpan SignatureTolerance { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Replies waiting to be sent at most (default 256, range 1-100000); a full queue answers 503 so Slack retries.</summary>
    public int ReplyQueueCapacity { get; set; } = 256;

    /// <summary>Replies sent in parallel (default 2, range 1-16); 1 keeps replies in arrival order.</summary>
    public int ReplyWorkers { get; set; } = 2;

    /// <summary>First Socket Mode reconnect delay; doubles per consecutive failure up to one minute (default 2 s).</summary>
    public TimeSpan SocketModeReconnectDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Time allowed for one Web API call including retries (default 30 s).</summary>
    public TimeSpan ApiTimeout { get; set; } = TimeSpan.FromSeconds(30);

    internal string ApiUrl(string method) =>
        new Uri(ApiBaseUrl.AbsoluteUri.EndsWith('/') ? ApiBaseUrl : new Uri(ApiBaseUrl.AbsoluteUri + "/"), method).AbsoluteUri;
}
