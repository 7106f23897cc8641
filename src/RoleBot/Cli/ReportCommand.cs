using System.CommandLine;
using System.Text.Json;
using RoleBot.State;

namespace RoleBot.Cli;

/// <summary>
/// <c>report</c>: the knowledge-gap report from the feedback store (SQLite, or Redis when configured) — the most
/// frequent unanswered questions and the worst-rated answers, i.e. what to add to the knowledge next — and the expert
/// hand-offs with their state (open, answered, timed out, undelivered).
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit", "-n") { Description = "Rows per list (1-1000)", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text" };
        var command = new Command("report", "Most frequent unanswered questions and worst-rated answers: what to add to the knowledge next") { limit, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var rows = parse.GetValue(limit);
            if (rows is < 1 or > 1000)
            {
                Console.Error.WriteLine("rolebot: --limit must be between 1 and 1000.");
                return 2;
            }

            using var services = CliServices.Create(parse);
            await WriteAsync(services.GetRequiredService<IFeedbackStore>(), Console.Out, rows, parse.GetValue(json), cancellationToken,
                services.GetRequiredService<Experts.IHandoffStore>());
            return 0;
        });
        return command;
    }

    public static async Task WriteAsync(IFeedbackStore store, TextWriter output, int limit, bool json, CancellationToken cancellationToken,
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
}
