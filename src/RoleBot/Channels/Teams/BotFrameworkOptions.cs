namespace RoleBot.Channels.Teams;

/// <summary>How RoleBot gets its outbound Bot Framework token (setting <c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    SingleTenant,
    MultiTenant,
    UserAssignedMSI,
}

/// <summary>
/// Bot Framework settings. The credentials keep the keys Bot Framework bots already use, at the configuration root
/// (MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType, MicrosoftAppTenantId); endpoints and the local-dev switch
/// live in the "BotFramework" section so tests and sovereign clouds can point them elsewhere.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    public const string PublicChannelIssuer = "https://api.botframework.com";

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary>SingleTenant by default: Azure no longer creates new multi-tenant bots.</summary>
    public BotAppType MicrosoftAppType { get; set; } = BotAppType.SingleTenant;

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>
    /// Entra app ids (besides this bot itself) whose tokens from the bot's tenant are accepted: setting
    /// <c>MicrosoftAppAllowedCallers</c>, comma-separated. Bot Framework's channel service needs no entry.
    /// </summary>
    public IReadOnlyList<string> AllowedCallers { get; set; } = [];

    /// <summary>OpenID metadata of the Bot Framework token service (tokens Azure Bot Service sends for channels).</summary>
    public string ChannelMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Issuer of channel tokens.</summary>
    public string ChannelIssuer { get; set; } = PublicChannelIssuer;

    /// <summary>Entra ID metadata for emulator and single-tenant tokens; <c>{tenantId}</c> is replaced by the token's tenant.</summary>
    public string EntraMetadataUrl { get; set; } = "https://login.microsoftonline.com/{tenantId}/v2.0/.well-known/openid-configuration";

    /// <summary>Token authority override; default https://login.microsoftonline.com/{MicrosoftAppTenantId} (or botframework.com for MultiTenant).</summary>
    public string? TokenAuthority { get; set; }

    /// <summary>Resource of the outbound token (scope = resource + "/.default").</summary>
    public string TokenResource { get; set; } = PublicChannelIssuer;

    /// <summary>How often signing keys are re-read (at most 24 h, as Bot Framework requires).</summary>
    public TimeSpan KeyRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>First retry delay of connector calls (doubles each try, jittered; Retry-After wins when sent).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Retries of one connector call after 412, 429, 502, 503 or 504 (Teams' own guidance: 3).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// Local development without credentials in the Production environment (Web Chat via offline-directline,
    /// Bot Framework Emulator). Without it, Production with no MicrosoftAppId turns the Teams channel off (401).
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>True when inbound requests must carry a valid Bot Framework token.</summary>
    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string ResolveTokenAuthority() => !string.IsNullOrWhiteSpace(TokenAuthority)
        ? TokenAuthority.TrimEnd('/')
        : MicrosoftAppType == BotAppType.MultiTenant
            ? "https://login.microsoftonline.com/botframework.com"
            : $"https://login.microsoftonline.com/{MicrosoftAppTenantId}";

    /// <summary>One-line reason why the settings cannot work, or null.</summary>
    public string? Problem()
    {
        if (MaxRetries is < 0 or > 10 || RetryBaseDelay <= TimeSpan.Zero || RetryBaseDelay > TimeSpan.FromMinutes(1))
        {
            return "BotFramework:MaxRetries must be 0-10 and BotFramework:RetryBaseDelay between 0 and 1 minute.";
        }

        if (KeyRefreshInterval < TimeSpan.FromMinutes(5) || KeyRefreshInterval > TimeSpan.FromHours(24))
        {
            return "BotFramework:KeyRefreshInterval must be between 5 minutes and 24 hours (Bot Framework rotates keys).";
        }

        if (!AuthenticationEnabled)
        {
            return null;
        }

        if (!Guid.TryParse(MicrosoftAppId, out _))
        {
            return "MicrosoftAppId must be the bot's Entra application (client) id, a GUID.";
        }

        if (AllowedCallers.FirstOrDefault(c => !Guid.TryParse(c, out _)) is { } notAnAppId)
        {
            return $"MicrosoftAppAllowedCallers must list Entra application (client) ids, GUIDs separated by commas; \"{notAnAppId}\" is not one.";
        }

        return MicrosoftAppType switch
        {
            BotAppType.SingleTenant when string.IsNullOrWhiteSpace(MicrosoftAppPassword) || string.IsNullOrWhiteSpace(MicrosoftAppTenantId) =>
                "MicrosoftAppType SingleTenant needs MicrosoftAppPassword and MicrosoftAppTenantId.",
            BotAppType.MultiTenant when string.IsNullOrWhiteSpace(MicrosoftAppPassword) => "MicrosoftAppType MultiTenant needs MicrosoftAppPassword.",
            BotAppType.UserAssignedMSI when !string.IsNullOrEmpty(MicrosoftAppPassword) || string.IsNullOrWhiteSpace(MicrosoftAppTenantId) =>
                "MicrosoftAppType UserAssignedMSI needs MicrosoftAppTenantId and no MicrosoftAppPassword (the app id is the identity's client id).",
            _ => null,
        };
    }
}
