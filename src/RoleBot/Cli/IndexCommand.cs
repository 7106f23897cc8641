using System.CommandLine;
using RoleBot.Knowledge;
using Spectre.Console;

namespace RoleBot.Cli;

/// <summary><c>index</c>: builds the index and prints documents, passages, time and every skipped file.</summary>
internal static class IndexCommand
{
    /// <summary>Hook for <c>index --watch</c>, set by the live-reload feature.</summary>
    internal static Func<KnowledgeHost, CancellationToken, Task<int>>? Watch { get; set; }

    public static Command Create()
    {
        var watch = new Option<bool>("--watch") { Description = "Keep running and re-index when the knowledge folder changes" };
        var list = new Option<bool>("--list") { Description = "List every passage: id, roles, section and its first words" };
        var command = new Command("index", "Build the index and report what was read") { watch, list };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var services = CliServices.Create(parse, printsLoadWarnings: true);
            var host = services.GetRequiredService<KnowledgeHost>();
            KnowledgeBase? knowledge = null;
            try
            {
                // A progress bar over the files read (the index build itself follows in well under a second per 10k passages).
                AnsiConsole.Progress().AutoClear(true).Start(context =>
                {
                    var task = context.AddTask($"Reading {Markup.Escape(host.Folder)}");
                    host.Reload(new Progress<Knowledge.Documents.LoadProgress>(p =>
                    {
                        if (p.Current.StartsWith("embedding", StringComparison.Ordinal))
                        {
                            task.Description = "Embedding passages and sentences";   // second phase: meaning vectors
                        }

                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                    }));
                    task.Value = task.MaxValue;
                    knowledge = host.Current;
                });
            }
            catch (KnowledgeLoadException ex)
            {
                Console.Error.WriteLine($"rolebot: {ex.Message}");
                return 1;
            }

            Report(knowledge!);
            if (parse.GetValue(list))
            {
                foreach (var passage in knowledge!.Passages)
                {
                    var preview = passage.Text.Length > 90 ? passage.Text[..90] + "..." : passage.Text;
                    Console.WriteLine($"{passage.Id} [{string.Join(",", passage.Roles)}] {passage.Section} | {preview.ReplaceLineEndings(" / ")}");
                }
            }

            if (parse.GetValue(watch))
            {
                return Watch is null ? 0 : await Watch(host, cancellationToken);
            }

            return 0;
        });
        return command;
    }

    internal static void Report(KnowledgeBase knowledge)
    {
        var stats = knowledge.Stats;
        var rate = stats.BuildTime.TotalSeconds > 0 ? stats.Passages / stats.BuildTime.TotalSeconds : 0;
        AnsiConsole.MarkupLine($"Indexed [bold]{stats.Documents}[/] documents, [bold]{stats.Passages}[/] passages in {stats.BuildTime.TotalMilliseconds:F0} ms ({rate:N0} passages/s){(stats.ReusedIndex ? " (reused on-disk index)" : "")}");
        AnsiConsole.MarkupLine($"Folder: {Markup.Escape(knowledge.Folder)}");
        AnsiConsole.MarkupLine($"Search: {Markup.Escape(stats.SearchMode)}{(knowledge.Semantic is { } semantic ? $" ({semantic.Embedded:N0} texts embedded, {semantic.Reused:N0} from the vector cache)" : "")}");
        if (stats.SemanticProblem is { } problem)
        {
            AnsiConsole.MarkupLine($"[yellow]warning:[/] semantic search is off: {Markup.Escape(problem)}");
        }
        foreach (var (role, count) in stats.PassagesByRole.OrderByDescending(p => p.Value))
        {
            AnsiConsole.MarkupLine($"  {Markup.Escape(knowledge.Glossary.FindRole(role)?.Name ?? role)}: {count} passages");
        }

        foreach (var warning in knowledge.Warnings)
        {
            AnsiConsole.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning.ToString())}");
        }
    }
}
