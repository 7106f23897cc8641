using System.CommandLine;
using System.Text.Json;
using RoleBot.Knowledge.Answers;
using RoleBot.State;

namespace RoleBot.Cli;

/// <summary>
/// <c>report</c>: the knowledge-gap report from the feedback store (SQLite, or Redis when configured) — the most
/// frequent unanswered questions and the worst-rated answers, i.e. what to add to the knowledge next — the documents
/// to review: those not updated in <c>Knowledge:StaleAfterDays</c> days and those no answer cited lately — and the expert
/// hand-offs with their state (open, answered, timed out, undelivered).
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit", "-n") { Description = "Rows per list (1-1000)", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text" };
        var uncitedDays = new Option<int>("--uncited-days")
        {
            Description = $"List documents no answer cited in this many days (default {DocumentAttention.DefaultUncitedDays})",
            DefaultValueFactory = _ => DocumentAttention.DefaultUncitedDays,
        };
        var command = new Command("report", "Most frequent unanswered questions, worst-rated answers, out-of-date and uncited documents: what to add or fix in the knowledge next") { limit, json, uncitedDays };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var rows = parse.GetValue(limit);
            if (rows is < 1 or > 1000)
            {
                Console.Error.WriteLine("rolebot: --limit must be between 1 and 1000.");
                return 2;
            }

            if (parse.GetValue(uncitedDays) < 1)
            {
                Console.Error.WriteLine("rolebot: --uncited-days must be 1 or more.");
                return 2;
            }

            using var services = CliServices.Create(parse);
            var store = services.GetRequiredService<IFeedbackStore>();
            // The document lists need the knowledge; when it cannot load, the question lists are still worth printing.
            var knowledge = CliServices.LoadKnowledge(services);
            var documents = knowledge is null ? null
                : await DocumentAttention.ForAsync(knowledge.Current, store, knowledge.Freshness, parse.GetValue(uncitedDays), cancellationToken);
            await WriteAsync(store, documents, Console.Out, rows, parse.GetValue(json), cancellationToken,
                services.GetRequiredService<Experts.IHandoffStore>());
            return 0;
        });
        return command;
    }

    public static Task WriteAsync(IFeedbackStore store, TextWriter output, int limit, bool json, CancellationToken cancellationToken,
        Experts.IHandoffStore? handoffs = null) =>
        WriteAsync(store, null, output, limit, json, cancellationToken, handoffs);

    /// <param name="documents">Stale and uncited documents; null leaves those lists out (no knowledge loaded).</param>
    public static async Task WriteAsync(IFeedbackStore store, DocumentAttention? documents, TextWriter output, int limit, bool json, CancellationToken cancellationToken,
        Experts.IHandoffStore? handoffs = null)
    {
        var unanswered = await store.TopUnansweredAsync(limit, cancellationToken);
        var worst = await store.WorstRatedAsync(limit, cancellationToken);
        var handedOff = handoffs is null ? [] : await handoffs.ListAsync(limit, cancellationToken: cancellationToken);
        if (json)
        {
            var report = new
            {
                unanswered = unanswered.Select(u => new { question = u.Question, count = u.Count }),
                worstRated = worst.Select(w => new { question = w.Question, notHelpful = w.NotHelpful, helpful = w.Helpful }),
                staleAfterDays = documents?.StaleAfterDays,
                staleDocuments = documents?.Stale.Take(limit).Select(d => new { source = d.Source, title = d.Title, updated = Date(d.Updated) }),
                uncitedDays = documents?.UncitedDays,
                uncitedDocuments = documents?.Uncited.Take(limit).Select(d => new { source = d.Source, title = d.Title, lastCited = Date(d.LastCited) }),
                handoffs = handedOff.Select(HandoffReport.Json),
            };
#pragma warning disable CA1869 // One serialization per process run.
            await output.WriteLineAsync(JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
#pragma warning restore CA1869
            return;
        }

        await output.WriteLineAsync("Most frequent unanswered questions (count, question):");
        if (unanswered.Count == 0)
        {
            await output.WriteLineAsync("  none recorded");
        }

        foreach (var (question, count) in unanswered)
        {
            await output.WriteLineAsync($"  {count,5}  {question}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("Worst-rated answers (not helpful / helpful, question):");
        if (worst.Count == 0)
        {
            await output.WriteLineAsync("  none recorded");
        }

        foreach (var (question, notHelpful, helpful) in worst)
        {
            await output.WriteLineAsync($"  {notHelpful,5} / {helpful,-5}  {question}");
        }

        if (documents is not null)
        {
            await WriteDocumentsAsync(documents, output, limit);
        }

        if (handoffs is not null)
        {
            await HandoffReport.WriteAsync(handedOff, output);
        }

        if (unanswered.Count + worst.Count > 0)
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync("Add or improve passages that answer these in the knowledge folder; a running RoleBot picks them up by itself.");
        }
    }

    private static async Task WriteDocumentsAsync(DocumentAttention documents, TextWriter output, int limit)
    {
        await output.WriteLineAsync();
        await output.WriteLineAsync(documents.StaleAfterDays > 0
            ? $"Documents not updated in {documents.StaleAfterDays} days (last updated, document):"
            : "Documents not updated lately: off (Knowledge:StaleAfterDays is 0)");
        if (documents.StaleAfterDays > 0 && documents.Stale.Count == 0)
        {
            await output.WriteLineAsync("  none");
        }

        foreach (var document in documents.Stale.Take(limit))
        {
            await output.WriteLineAsync($"  {Date(document.Updated),-10}  {document.Source} ({document.Title})");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync($"Documents not cited in the last {documents.UncitedDays} days (last cited, document):");
        if (documents.Uncited.Count == 0)
        {
            await output.WriteLineAsync("  none");
        }

        foreach (var document in documents.Uncited.Take(limit))
        {
            await output.WriteLineAsync($"  {Date(document.LastCited) ?? "never",-10}  {document.Source} ({document.Title})");
        }
    }

    private static string? Date(DateTimeOffset? date) => date is { } d ? CitationLabel.Date(d) : null;
}
