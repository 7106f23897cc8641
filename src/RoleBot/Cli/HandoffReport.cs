using System.Globalization;
using RoleBot.Experts;

namespace RoleBot.Cli;

/// <summary>The expert hand-offs section of <c>report</c>: newest first, with state, expert and question.</summary>
internal static class HandoffReport
{
    public static object Json(Handoff h) => new
    {
        id = h.Id,
        state = SqliteHandoffStore.StateText(h.State),
        question = h.Question,
        askedAt = h.CreatedAt,
        askerChannel = h.AskerChannel,
        reason = h.Reason == HandoffReason.NotCovered ? "not_covered" : "not_helpful",
        routedTo = h.Experts,
        target = h.Target?.Describe(),
        expert = h.ExpertName,
        answeredAt = h.AnsweredAt,
        saved = h.Saved,
        note = h.Note,
    };

    public static async Task WriteAsync(IReadOnlyList<Handoff> handoffs, TextWriter output)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync("Expert hand-offs (state, expert, asked, channel, question):");
        if (handoffs.Count == 0)
        {
            await output.WriteLineAsync("  none recorded");
            return;
        }

        foreach (var h in handoffs)
        {
            var who = h.ExpertName ?? (h.State == HandoffState.Answered ? "an expert" : h.Experts.Count > 0 ? "for " + string.Join(", ", h.Experts) : "-");
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {SqliteHandoffStore.StateText(h.State),-11} {who,-18} {h.CreatedAt.UtcDateTime:yyyy-MM-dd HH:mm}  {h.AskerChannel,-8} {h.Question}"));
            if (h.Note is { } note)
            {
                await output.WriteLineAsync($"              ({note})");
            }
        }

        var counts = handoffs.GroupBy(h => h.State).ToDictionary(g => g.Key, g => g.Count());
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"  open {counts.GetValueOrDefault(HandoffState.Open)} · answered {counts.GetValueOrDefault(HandoffState.Answered)} · timed out {counts.GetValueOrDefault(HandoffState.TimedOut)} · undelivered {counts.GetValueOrDefault(HandoffState.Undelivered)} (of the {handoffs.Count} listed)"));
    }
}
