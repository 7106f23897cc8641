using RoleBot.Knowledge;

namespace RoleBot.Experts;

/// <summary>Who a hand-off goes to, and where: the experts to name and the Slack / Teams channels to post in.</summary>
public sealed record ExpertRouteChoice(IReadOnlyList<Expert> Experts, string? SlackChannel, string? TeamsChannel, string Reason);

/// <summary>
/// Routes a question: the owners of the documents its answer cited first, then a route for a cited folder, then a
/// route for a role the question names; its channels are the route's own, else the experts channels of experts.yml.
/// </summary>
public sealed class ExpertRouter(ExpertsConfig config, KnowledgeHost knowledge)
{
    public ExpertRouteChoice Route(string question, IReadOnlyList<string> passageIds)
    {
        var settings = config.Current;
        var passages = knowledge.IsLoaded
            ? passageIds.Select(id => knowledge.Current.Passages.FirstOrDefault(p => p.Id == id)).OfType<Knowledge.Passages.Passage>().ToList()
            : [];

        var experts = new List<Expert>();
        var reasons = new List<string>();
        foreach (var passage in passages)
        {
            foreach (var owner in passage.Owners)
            {
                if (settings.Find(owner) is { } expert && !experts.Contains(expert))
                {
                    experts.Add(expert);
                    reasons.Add($"owner of {passage.SourcePath}");
                }
            }
        }

        var route = settings.Routes.FirstOrDefault(r => r.Folder is { } folder && passages.Any(p => InFolder(p.SourcePath, folder)))
            ?? RoleRoute(settings, question);
        if (route is not null)
        {
            foreach (var expert in route.Experts.Select(k => settings.Experts[k]).Where(e => !experts.Contains(e)))
            {
                experts.Add(expert);
            }

            reasons.Add(route.Folder is { } f ? $"route for {f}/" : $"route for {route.Role}");
        }

        var reason = reasons.Count > 0 ? string.Join("; ", reasons.Distinct()) : "experts channel";
        return new ExpertRouteChoice(experts, route?.SlackChannel ?? settings.SlackChannel, route?.TeamsChannel ?? settings.TeamsChannel, reason);
    }

    /// <summary>A route whose role (glossary id, name or alias) the question names.</summary>
    private ExpertRoute? RoleRoute(ExpertsSettings settings, string question)
    {
        if (!knowledge.IsLoaded || !settings.Routes.Any(r => r.Role is not null))
        {
            return null;
        }

        var current = knowledge.Current;
        var asked = current.Parser.Parse(question).Roles.Select(r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return settings.Routes.FirstOrDefault(r => r.Role is { } role && asked.Contains(current.Glossary.Resolve(role)?.Id ?? role));
    }

    private static bool InFolder(string sourcePath, string folder) =>
        sourcePath.StartsWith(folder + "/", StringComparison.OrdinalIgnoreCase) || string.Equals(sourcePath, folder, StringComparison.OrdinalIgnoreCase);
}
