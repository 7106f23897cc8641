using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using RoleBot.State;

namespace RoleBot.Cli;

/// <summary><c>feedback</c>: the most recent votes (any channel) from the feedback store, newest first.</summary>
internal static class FeedbackCommand
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 1000;

    public static Command Create()
    {
        var limit = new Option<int>("--limit", "-n") { Description = $"How many votes to show (1-{MaxLimit})", DefaultValueFactory = _ => DefaultLimit };
        var database = new Option<string?>("--database") { Description = "SQLite feedback file (default: setting State:FeedbackDatabase, rolebot.db)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per vote on one line" };
        var command = new Command("feedback", "Show recent Helpful / Not helpful votes with their questions") { limit, database, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(limit);
            if (count is < 1 or > MaxLimit)
            {
                Console.Error.WriteLine($"rolebot: --limit must be between 1 and {MaxLimit}.");
                return 2;
            }

            using var services = CliServices.Create(parse);
            var path = parse.GetValue(database);
            if (path is not null && !File.Exists(path))
            {
                Console.Error.WriteLine($"rolebot: no feedback database at {path}.");
                return 1;
            }

            using var owned = path is null ? null : new SqliteFeedbackStore(Options.Create(new StateOptions { FeedbackDatabase = path }));
            var store = owned ?? services.GetRequiredService<IFeedbackStore>();
            var votes = await store.RecentFeedbackAsync(count, cancellationToken);
            Write(votes, parse.GetValue(json));
            return 0;
        });
        return command;
    }

    private static void Write(IReadOnlyList<FeedbackRecord> votes, bool json)
    {
        if (json)
        {
            foreach (var vote in votes)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    at = vote.At, channel = vote.Channel, helpful = vote.Helpful, question = vote.Question,
                    comment = vote.Comment, citations = vote.CitationIds, answer = vote.AnswerText,
                }));
            }

            return;
        }

        if (votes.Count == 0)
        {
            Console.Out.WriteLine("No feedback yet.");
            return;
        }

        var helpful = votes.Count(v => v.Helpful);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{votes.Count} most recent votes: {helpful} helpful, {votes.Count - helpful} not helpful"));
        foreach (var vote in votes)
        {
            var mark = vote.Helpful ? "+" : "-";
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mark} {vote.At.UtcDateTime:yyyy-MM-dd HH:mm} [{vote.Channel}] {vote.Question}"));
            if (vote.Comment is { } comment)
            {
                Console.Out.WriteLine($"    comment: {comment.ReplaceLineEndings(" ")}");
            }

            if (vote.CitationIds.Count > 0)
            {
                Console.Out.WriteLine($"    cited: {string.Join(", ", vote.CitationIds)}");
            }
        }
    }
}
