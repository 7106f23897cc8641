using RoleBot.Knowledge.Glossary;

namespace RoleBot.Knowledge.Answers;

/// <summary>
/// Example questions offered when RoleBot cannot answer (and on welcome cards). Each candidate is answered once at
/// load, and only those the knowledge really answers are offered.
/// </summary>
internal static class Suggestions
{
    public static IReadOnlyList<string> Candidates(KnowledgeBase knowledge)
    {
        var roles = knowledge.Stats.PassagesByRole
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => knowledge.Glossary.FindRole(p.Key))
            .OfType<RoleDefinition>()
            .Take(3)
            .ToList();
        var questions = new List<string>();
        if (roles.Count >= 2)
        {
            questions.Add($"What is the difference between {Phrasing.WithArticle(roles[0])} and {Phrasing.WithArticle(roles[1])}?");
        }

        foreach (var role in roles)
        {
            questions.Add($"What does {Phrasing.WithArticle(role)} do?");
            questions.Add($"What skills does {Phrasing.WithArticle(role)} need?");
        }

        if (roles.Count > 0)
        {
            questions.Add($"Does {Phrasing.WithArticle(roles[^1])} need Python?");
        }

        return questions;
    }

    /// <summary>Up to <paramref name="count"/> suggestions, those about the asked roles first.</summary>
    public static IReadOnlyList<string> For(IReadOnlyList<string> verified, IReadOnlyList<RoleDefinition> asked, int count = 3) =>
        verified
            .OrderByDescending(q => asked.Any(r => q.Contains(r.Name, StringComparison.OrdinalIgnoreCase)))
            .Take(count)
            .ToList();
}
