using RoleBot.Knowledge;
using RoleBot.Knowledge.Passages;

namespace RoleBot.Benchmarks;

/// <summary>
/// Synthetic knowledge of any size, made by recombining sentences of the default knowledge with other role names and
/// filler vocabulary, so term statistics stay realistic as the corpus grows.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Roles =
    [
        "data scientist", "ML engineer", "data engineer", "data analyst", "site reliability engineer", "product manager",
        "software engineer", "analytics engineer", "engineering manager", "technical program manager",
    ];

    public static List<Passage> Generate(string knowledgeFolder, int count, int seed = 42)
    {
        // Lexical: only the sentences are needed, and an embedding model loaded here would count in memory figures.
        using var knowledge = KnowledgeBase.Load(knowledgeFolder, semantic: Knowledge.Semantic.SemanticSettings.Lexical);
        var sentences = knowledge.Passages
            .SelectMany(p => Sentences.Split(p.Text).Select(r => p.Text[r.Start..r.End]))
            .Where(s => s.Length > 30)
            .ToArray();
        var random = new Random(seed);
        var passages = new List<Passage>(count);
        for (var i = 0; i < count; i++)
        {
            var role = Roles[random.Next(Roles.Length)];
            var text = string.Join(' ', Enumerable.Range(0, 3 + random.Next(3))
                .Select(_ => sentences[random.Next(sentences.Length)].Replace("data scientist", role, StringComparison.Ordinal)
                    .Replace("ML engineer", Roles[random.Next(Roles.Length)], StringComparison.Ordinal)
                    + $" Team {random.Next(5000)} uses tool{random.Next(20000)}."));
            passages.Add(new Passage($"synthetic/{i / 50}.md#{i % 50}", $"Synthetic handbook {i / 50}", $"{role} notes {i % 50}",
                $"synthetic/{i / 50}.md", null, text, [], null));
        }

        return passages;
    }
}
