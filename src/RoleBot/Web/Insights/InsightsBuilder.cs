using RoleBot.Experts;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Passages;
using RoleBot.State;
using RoleBot.Web.Playground;

namespace RoleBot.Web.Insights;

/// <summary>Builds <see cref="InsightsReport"/> from the stores and the loaded knowledge. Every list has a named limit.</summary>
internal sealed class InsightsBuilder(IFeedbackStore feedback, IQuestionLog questions, QuestionLogBuffer pending, IHandoffStore handoffs,
    KnowledgeHost knowledge, IConfiguration configuration, TimeProvider time)
{
    public const int MaxClusters = 20, MostAskedRows = 15, WorstRatedRows = 10, ChartDays = 30, MaxVotesRead = 10_000, HandoffRows = 50, DocumentRows = 30;

    public async Task<InsightsReport> BuildAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var loaded = knowledge.IsLoaded ? knowledge.Current : null;
        var passages = loaded?.Passages.ToDictionary(p => p.Id, StringComparer.Ordinal) ?? [];
        IReadOnlyList<PassageLink> Links(IEnumerable<string> ids) =>
            ids.Distinct().Select(id => passages.GetValueOrDefault(id)).OfType<Passage>().Select(Link).ToList();

        var unanswered = await feedback.TopUnansweredAsync(QuestionClusters.MaxQuestions, cancellationToken);
        var tokens = loaded is null ? null : QuestionClusters.AnalyzerTokens(loaded.Analyzer);
        var clusters = QuestionClusters.Group(unanswered, tokens).Take(MaxClusters).ToList();

        await pending.FlushAsync(cancellationToken);
        var mostAsked = (await questions.MostAskedAsync(MostAskedRows, cancellationToken))
            .Select(q => new AskedQuestionRow(q.Question, q.Count, q.Unanswered, Links(q.CitationIds))).ToList();

        var votes = await feedback.RecentFeedbackAsync(MaxVotesRead, cancellationToken);
        var worst = (await feedback.WorstRatedAsync(WorstRatedRows, cancellationToken)).Select(w => new WorstRatedRow(w.Question, w.NotHelpful, w.Helpful,
            Links(votes.Where(v => !v.Helpful && string.Equals(v.Question.Trim(), w.Question.Trim(), StringComparison.OrdinalIgnoreCase)).SelectMany(v => v.CitationIds).Take(3)))).ToList();

        var handed = (await handoffs.ListAsync(HandoffRows, cancellationToken: cancellationToken)).Select(h => new HandoffRow(
            h.Id, SqliteHandoffStore.StateText(h.State), h.Question, h.Reason == HandoffReason.NotCovered ? "not covered" : "not helpful", h.AskerChannel,
            h.CreatedAt, h.Experts, h.State == HandoffState.Answered ? h.ExpertName ?? "an expert" : null, h.AnsweredAt, h.Saved, Links(h.PassageIds))).ToList();

        // Read leniently: a malformed value only turns the marking off, it never fails the page.
        var staleAfter = int.TryParse(configuration["Knowledge:StaleAfterDays"], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var days) && days > 0
            ? days
            : (int?)null;
        return new InsightsReport(now, clusters, mostAsked, worst, ByDay(votes, now), handed, Documents(loaded, now, staleAfter), staleAfter);
    }

    private static List<DayVotes> ByDay(IReadOnlyList<FeedbackRecord> votes, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var first = today.AddDays(-(ChartDays - 1));
        var counts = votes.Select(v => (Day: DateOnly.FromDateTime(v.At.UtcDateTime), v.Helpful)).Where(v => v.Day >= first && v.Day <= today)
            .GroupBy(v => v.Day).ToDictionary(g => g.Key, g => (Helpful: g.Count(v => v.Helpful), NotHelpful: g.Count(v => !v.Helpful)));
        return Enumerable.Range(0, ChartDays).Select(i => first.AddDays(i))
            .Select(d => counts.TryGetValue(d, out var c) ? new DayVotes(d, c.Helpful, c.NotHelpful) : new DayVotes(d, 0, 0)).ToList();
    }

    /// <summary>Oldest first, by the file's last write time (front matter dates are not read here).</summary>
    private List<DocumentRow> Documents(KnowledgeBase? loaded, DateTimeOffset now, int? staleAfter)
    {
        if (loaded is null)
        {
            return [];
        }

        var rows = new List<DocumentRow>();
        foreach (var document in loaded.Passages.GroupBy(p => p.SourcePath))
        {
            var path = Path.Combine(knowledge.Folder, document.Key);
            var modified = File.Exists(path) ? new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero) : (DateTimeOffset?)null;
            if (modified is not { } at)
            {
                continue;
            }

            var age = Math.Max(0, (int)(now - at).TotalDays);
            var first = document.OrderBy(p => p.Position).First();
            rows.Add(new DocumentRow(document.Key, first.DocumentTitle, at, age, staleAfter is { } limit && age > limit, Link(first)));
        }

        return rows.OrderBy(r => r.LastModified).ThenBy(r => r.Source, StringComparer.Ordinal).Take(DocumentRows).ToList();
    }

    /// <summary>RoleBot's own passage page: it opens for every passage, with or without a document URL.</summary>
    private static PassageLink Link(Passage passage) =>
        new(passage.Section == "Introduction" ? passage.DocumentTitle : $"{passage.DocumentTitle} \u203A {passage.Section}", PassagePage.LinkFor(passage.Id));
}
