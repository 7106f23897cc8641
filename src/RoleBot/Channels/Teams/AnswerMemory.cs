using Microsoft.Extensions.Caching.Memory;

namespace RoleBot.Channels.Teams;

/// <summary>What was answered, by answer key and by the sent message's id, so a later vote can record what it rates.</summary>
internal sealed record AnsweredQuestion(string Question, string AnswerText, IReadOnlyList<string> CitationIds);

/// <summary>Answers kept in memory for 24 hours; Teams' feedback invoke only names the rated message's id.</summary>
internal sealed class AnswerMemory(IMemoryCache cache)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public void Remember(string key, AnsweredQuestion answer) =>
        cache.Set("bf-answer:" + key, answer, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });

    public AnsweredQuestion? Find(string? key) => key is null ? null : cache.Get<AnsweredQuestion>("bf-answer:" + key);
}
