namespace RoleBot.Experts;

/// <summary>A person who answers questions, by the short key documents use in <c>owners:</c>.</summary>
public sealed record Expert(string Key, string Name, string? SlackUserId, string? TeamsUserId);

/// <summary>Questions about a role or a folder go to these experts, and to this route's own channels when given.</summary>
public sealed record ExpertRoute(string? Role, string? Folder, IReadOnlyList<string> Experts, string? SlackChannel, string? TeamsChannel);

/// <summary>The contents of experts.yml.</summary>
public sealed record ExpertsSettings(string? SlackChannel, string? TeamsChannel, IReadOnlyDictionary<string, Expert> Experts, IReadOnlyList<ExpertRoute> Routes)
{
    public static ExpertsSettings Empty { get; } = new(null, null, new Dictionary<string, Expert>(StringComparer.OrdinalIgnoreCase), []);

    /// <summary>An expert by key, display name or Slack / Teams id (owners in front matter may use any).</summary>
    public Expert? Find(string nameOrId)
    {
        var key = nameOrId.Trim();
        if (Experts.TryGetValue(key, out var expert))
        {
            return expert;
        }

        return Experts.Values.FirstOrDefault(e => string.Equals(e.Name, key, StringComparison.OrdinalIgnoreCase)
            || string.Equals(e.SlackUserId, key, StringComparison.Ordinal) || string.Equals(e.TeamsUserId, key, StringComparison.OrdinalIgnoreCase));
    }

    public Expert? BySlackUser(string? userId) =>
        userId is null ? null : Experts.Values.FirstOrDefault(e => string.Equals(e.SlackUserId, userId, StringComparison.Ordinal));

    public Expert? ByTeamsUser(params string?[] ids) =>
        Experts.Values.FirstOrDefault(e => e.TeamsUserId is { } teams && ids.Any(id => string.Equals(id, teams, StringComparison.OrdinalIgnoreCase)));
}
