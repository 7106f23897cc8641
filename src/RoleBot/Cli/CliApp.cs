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

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("RoleBot: answers questions about roles from your documents, quoting its sources. Run without a verb to serve Teams, Slack and the web playground.");
        root.Options.Add(KnowledgeOption);
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
