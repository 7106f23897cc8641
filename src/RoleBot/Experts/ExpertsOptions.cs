namespace RoleBot.Experts;

/// <summary>Experts in the loop (section "Experts").</summary>
public sealed class ExpertsOptions
{
    public const string SectionName = "Experts";

    /// <summary>Who answers what RoleBot cannot; default <c>experts.yml</c> in the knowledge folder. Missing: no "Ask an expert" button.</summary>
    public string? ConfigPath { get; set; }

    /// <summary>Hours an expert has to answer before the asker gets a polite note and the hand-off is marked timed out (default 24).</summary>
    public double ReminderHours { get; set; } = 24;

    /// <summary>How often overdue hand-offs are looked for (default 5 minutes).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Base of Slack links back to the asker's message (default https://slack.com, which redirects to the workspace).</summary>
    public Uri SlackBaseUrl { get; set; } = new("https://slack.com/");

    /// <summary>RoleBot's public address (e.g. https://rolebot.example.com); when set, hand-offs link to the insights page.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Longest expert answer relayed (4,000 characters); a longer one is cut and says so.</summary>
    public const int MaxAnswerChars = 4000;

    /// <summary>Most open hand-offs looked at per timeout check (500); the rest wait for the next check.</summary>
    public const int MaxTimeoutsPerCheck = 500;

    public TimeSpan ReminderAfter => TimeSpan.FromHours(ReminderHours is > 0 and < 24 * 365 ? ReminderHours : 24);
}
