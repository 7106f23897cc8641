using RoleBot.Knowledge;

namespace RoleBot.Benchmarks;

internal static class Paths
{
    /// <summary>The repository's knowledge/ folder, found above the benchmark's working directory or binary.</summary>
    public static string Knowledge => KnowledgeOptions.FindDefaultFolder() ?? throw new InvalidOperationException("knowledge/ not found");
}
