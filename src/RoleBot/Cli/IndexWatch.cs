using Microsoft.Extensions.Logging.Abstractions;
using RoleBot.Hosting.Operations;
using RoleBot.Knowledge;
using Spectre.Console;

namespace RoleBot.Cli;

/// <summary><c>index --watch</c>: keeps running, re-indexes after each burst of changes and prints the report again.</summary>
internal static class IndexWatch
{
    public static async Task<int> RunAsync(KnowledgeHost knowledge, CancellationToken cancellationToken)
    {
        using var watcher = new KnowledgeFolderWatcher(knowledge, new ReloadOptions().Debounce, NullLogger.Instance);
        watcher.Reloaded += ok =>
        {
            AnsiConsole.MarkupLine($"[grey]{DateTime.Now:T}[/] change detected");
            if (ok)
            {
                IndexCommand.Report(knowledge.Current);
            }
            else
            {
                AnsiConsole.MarkupLine($"[red]reload failed, the previous index is kept:[/] {Markup.Escape(knowledge.LastReloadError ?? "unknown error")}");
            }
        };
        AnsiConsole.MarkupLine($"Watching {Markup.Escape(knowledge.Folder)} for changes; press Ctrl+C to stop.");
        await watcher.RunAsync(cancellationToken);
        return 0;
    }
}
