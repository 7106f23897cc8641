using System.CommandLine;

namespace RoleBot.Cli;

/// <summary>The CLI verbs. Each verb is one file here and resolves the same core services as the web host.</summary>
public static class CliApp
{
    private static readonly string[] Verbs = ["ask", "index", "eval", "feedback", "report", "answers", "--help", "-h", "-?", "--version"];

    public static bool IsVerb(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    /// <summary>--knowledge DIR, accepted by every verb.</summary>
    internal static readonly Option<string?> KnowledgeOption = new("--knowledge", "-k")
    {
        Description = "Knowledge folder (default: ./knowledge or the repository's knowledge/; setting Knowledge:Path)",
        Recursive = true,
    };

    /// <summary>--no-semantic, accepted by every verb: BM25 only, no embedding model loaded.</summary>
    internal static readonly Option<bool> NoSemanticOption = new(Hosting.CommandLineSwitches.NoSemantic)
    {
        Description = "Lexical retrieval only: no embedding model (setting Knowledge:Semantic=false)",
        Recursive = true,
    };

    /// <summary>--stale-after-days N, accepted by every verb (setting Knowledge:StaleAfterDays).</summary>
    internal static readonly Option<int?> StaleAfterDaysOption = new("--stale-after-days")
    {
        Description = "Mark documents last updated more than N days ago as \"may be out of date\" (default 365, 0 = never; setting Knowledge:StaleAfterDays)",
        Recursive = true,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("RoleBot: answers questions about roles from your documents, quoting its sources. Run without a verb to serve Teams, Slack and the web playground.");
        root.Options.Add(KnowledgeOption);
        root.Options.Add(NoSemanticOption);
        root.Options.Add(StaleAfterDaysOption);
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(IndexCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(FeedbackCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(AnswersCommand.Create());
        IndexCommand.Watch ??= IndexWatch.RunAsync;
        return await root.Parse(args).InvokeAsync();
    }
}
