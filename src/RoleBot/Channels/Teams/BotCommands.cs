using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using RoleBot.Knowledge;
using static RoleBot.Channels.Teams.AdaptiveCardElements;

namespace RoleBot.Channels.Teams;

/// <summary>The welcome card and the help / about / sources commands.</summary>
internal static class BotCommands
{
    /// <summary>Shown on the welcome card; each is answered by the bundled knowledge.</summary>
    public static readonly IReadOnlyList<string> ExampleQuestions =
    [
        "What is the difference between a data scientist and an ML engineer?",
        "Does an ML engineer need Spark?",
        "What skills does a data scientist need?",
    ];

    public const int MaxSourcesListed = 50;

    public static bool IsCommand(string text, out string command)
    {
        command = text.Trim().TrimStart('/').ToLowerInvariant();
        return command is "help" or "about" or "sources";
    }

    /// <summary>The welcome / help card: what RoleBot does and example questions as buttons.</summary>
    public static Activity Welcome(Func<Activity> newReply, bool teams)
    {
        var body = new JsonArray(
            Text("Hi, I'm RoleBot", bold: true, size: "Large"),
            Text("Ask me about roles such as data scientist or ML engineer. I answer only by quoting our documents, and every quote cites its source (document and section)."),
            Text("Try one of these, or type **help**, **about** or **sources**.", subtle: true));
        var actions = new JsonArray();
        foreach (var question in ExampleQuestions)
        {
            actions.Add(teams ? Execute(question, "ask", AskData(question)) : Submit(question, AskData(question)));
        }

        var fallback = "Hi, I'm RoleBot. Ask me about roles; I answer by quoting our documents with numbered sources. Examples: "
            + string.Join(" \u00B7 ", ExampleQuestions);
        var reply = newReply();
        // Teams splits text plus a card into two messages, so there the card carries the fallback text itself.
        if (!teams)
        {
            reply.Text = fallback;
            reply.TextFormat = "markdown";
        }

        reply.Attachments = [Attachment(Card(body, actions, fallbackText: fallback))];
        return reply;
    }

    public static Activity About(KnowledgeHost knowledge, Func<Activity> newReply)
    {
        var stats = knowledge.Current.Stats;
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"**RoleBot** answers from {stats.Documents} documents ({stats.Passages} passages).")
            .Append(" Every answer quotes excerpts and cites them; nothing is generated.")
            .Append(CultureInfo.InvariantCulture, $" Search: {stats.SearchMode}.");
        if (stats.SemanticProblem is not null)
        {
            text.Append(" Semantic search is off (the embedding model could not be loaded), so questions worded unlike the documents may be missed.");
        }
        if (stats.PassagesByRole.Count > 0)
        {
            text.Append("\n\nPassages by role: ")
                .Append(string.Join(", ", stats.PassagesByRole.OrderByDescending(p => p.Value).Select(p => $"{MarkdownText.Escape(p.Key)} {p.Value}")));
        }

        text.Append("\n\nType **sources** for the document list.");
        return Markdown(newReply, text.ToString());
    }

    public static Activity Sources(KnowledgeHost knowledge, Func<Activity> newReply)
    {
        var sources = knowledge.Current.Stats.Sources;
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"**Sources** ({sources.Count}):\n");
        foreach (var source in sources.Take(MaxSourcesListed))
        {
            text.Append("\n- ").Append(MarkdownText.Escape(source));
        }

        if (sources.Count > MaxSourcesListed)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- \u2026 and {sources.Count - MaxSourcesListed} more");
        }

        return Markdown(newReply, text.ToString());
    }

    public static Activity Markdown(Func<Activity> newReply, string text)
    {
        var reply = newReply();
        reply.Text = text;
        reply.TextFormat = "markdown";
        return reply;
    }
}
