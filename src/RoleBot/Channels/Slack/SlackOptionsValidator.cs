using Microsoft.Extensions.Options;

namespace RoleBot.Channels.Slack;

/// <summary>Startup checks of the Slack settings; messages name the setting and never print a secret.</summary>
public sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        var errors = new List<string>();
        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http"))
        {
            errors.Add($"Slack:ApiBaseUrl must be an absolute http(s) URL (got '{options.ApiBaseUrl}').");
        }

        if (!string.IsNullOrEmpty(options.BotToken) && !options.BotToken.StartsWith("xoxb-", StringComparison.Ordinal))
        {
            errors.Add("Slack:BotToken must be a bot token (xoxb-...).");
        }

        if (!string.IsNullOrEmpty(options.AppToken) && !options.AppToken.StartsWith("xapp-", StringComparison.Ordinal))
        {
            errors.Add("Slack:AppToken must be an app-level token (xapp-...).");
        }

        if (options.ReplyQueueCapacity is < 1 or > 100_000)
        {
            errors.Add($"Slack:ReplyQueueCapacity must be 1-100000 (got {options.ReplyQueueCapacity}).");
        }

        if (options.ReplyWorkers is < 1 or > 16)
        {
            errors.Add($"Slack:ReplyWorkers must be 1-16 (got {options.ReplyWorkers}).");
        }

        if (options.SocketModeReconnectDelay <= TimeSpan.Zero || options.ApiTimeout <= TimeSpan.Zero)
        {
            errors.Add("Slack:SocketModeReconnectDelay and Slack:ApiTimeout must be positive.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
