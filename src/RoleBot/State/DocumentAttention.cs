using RoleBot.Knowledge;
using RoleBot.Knowledge.Freshness;

namespace RoleBot.State;

/// <summary>One document as the report lists it: where it is, its title, when it was updated and last cited.</summary>
public sealed record DocumentStatus(string Source, string Title, DateTimeOffset? Updated, DateTimeOffset? LastCited);

/// <summary>
/// Documents that need an owner's look: those last updated longer ago than <c>Knowledge:StaleAfterDays</c> (oldest
/// first) and those no answer has cited for <see cref="DefaultUncitedDays"/> days (never cited first), which are often
/// outdated, duplicated or unfindable.
/// </summary>
public sealed record DocumentAttention(int StaleAfterDays, int UncitedDays, IReadOnlyList<DocumentStatus> Stale, IReadOnlyList<DocumentStatus> Uncited)
{
    /// <summary>Days without a citation after which `report` lists a document (30).</summary>
    public const int DefaultUncitedDays = 30;

    public static async Task<DocumentAttention> ForAsync(KnowledgeBase knowledge, IFeedbackStore store, FreshnessPolicy freshness, int uncitedDays, CancellationToken cancellationToken)
    {
        var lastCited = await store.LastCitedAsync(cancellationToken);
        var documents = knowledge.Passages
            .GroupBy(p => p.SourcePath, StringComparer.Ordinal)
            .Select(g => new DocumentStatus(g.Key, g.First().DocumentTitle, g.First().Updated, lastCited.TryGetValue(g.Key, out var at) ? at : null))
            .ToList();
        var since = freshness.Now - TimeSpan.FromDays(uncitedDays);
        return new DocumentAttention(
            freshness.StaleAfterDays,
            uncitedDays,
            documents.Where(d => freshness.IsStale(d.Updated)).OrderBy(d => d.Updated).ThenBy(d => d.Source, StringComparer.Ordinal).ToList(),
            documents.Where(d => d.LastCited is null || d.LastCited < since)
                .OrderBy(d => d.LastCited ?? DateTimeOffset.MinValue).ThenBy(d => d.Source, StringComparer.Ordinal).ToList());
    }
}
