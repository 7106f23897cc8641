using System.Collections.Concurrent;
using RoleBot.Knowledge.Answers;

namespace RoleBot.State;

/// <summary>
/// Notes which documents answers cite, for the report's "not cited in the last 30 days". The report counts days, so
/// each document is written at most once per <see cref="Interval"/> per process: a busy channel answering from the
/// same handbook all day costs one store write an hour, not one per answer.
/// </summary>
public sealed class CitedDocuments(IFeedbackStore store, TimeProvider time)
{
    /// <summary>How often one document's "last cited" time is written at most (1 hour).</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _written = new(StringComparer.Ordinal);

    /// <summary>Writes the answer's cited documents not written within the interval; throws what the store throws.</summary>
    public async Task RecordAsync(string channel, Answer answer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = answer.Citations.Select(c => c.Source).Distinct(StringComparer.Ordinal)
            .Where(source => !_written.TryGetValue(source, out var at) || now - at >= Interval)
            .ToList();
        if (due.Count == 0)
        {
            return;
        }

        foreach (var source in due)
        {
            _written[source] = now;
        }

        try
        {
            await store.AddCitedAsync(new CitedRecord(now, channel, due), cancellationToken);
        }
        catch
        {
            // Not written: the next answer citing these documents tries again.
            foreach (var source in due)
            {
                _written.TryRemove(source, out _);
            }

            throw;
        }
    }
}
