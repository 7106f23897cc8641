namespace RoleBot.Web;

/// <summary>Playground and REST API settings (section "Web").</summary>
public sealed class WebOptions
{
    public const string SectionName = "Web";

    /// <summary>
    /// Access key for /api/ask and /api/playground/* (header <c>X-Api-Key</c> or <c>Authorization: Bearer</c>).
    /// A secret: set it through an environment variable or user secrets, never in appsettings.json.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// Serve the API without a key outside Development (a public playground). Off by default: without a key and
    /// without this switch, the API answers 401 in Production so nothing is exposed by accident.
    /// </summary>
    public bool AllowAnonymous { get; set; }

    /// <summary>Largest request body of the web endpoints (default 16 KiB; a question is at most 1,000 characters).</summary>
    public long MaxBodyBytes { get; set; } = 16 * 1024;

    /// <summary>Example questions the playground shows before the first answer; the built-in list when unset.</summary>
    /// <remarks>An array without a default, so configured examples replace the built-in ones instead of being appended.</remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1819", Justification = "Options type bound from configuration.")]
    public string[]? Examples { get; set; }

    public IReadOnlyList<string> EffectiveExamples => Examples is { Length: > 0 } configured ? configured : DefaultExamples;

    private static readonly string[] DefaultExamples =
    [
        "Does an MLE need Spark?",
        "What is the difference between a data scientist and an ML engineer?",
        "What skills does a data scientist need?",
        "Which role deploys models to production?",
    ];
}

/// <summary>Per-client rate limit of the web endpoints (section "RateLimit"), partitioned by client IP address.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    /// <summary>Requests per client per minute (default 60); 0 or less turns the limit off (benchmarks only).</summary>
    public int PermitsPerMinute { get; set; } = 60;
}
