using System.Text.Json.Nodes;
using RoleBot.Knowledge.Answers;
using static RoleBot.Channels.Teams.AdaptiveCardElements;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Web Chat / Direct Line / emulator form of an answer: one Adaptive Card (Action.Submit only: Web Chat does not run
/// Action.Execute) with the verdict, each excerpt as a numbered quote, the numbered sources, Helpful / Not helpful
/// and follow-up questions; the activity's text carries the markdown fallback (lead and numbered sources, since
/// Web Chat shows the text above the card).
/// </summary>
internal static class WebChatAnswerRenderer
{
    public static IReadOnlyList<Activity> Render(Answer answer, string answerKey, Func<Activity> newReply, int excerptChars)
    {
        var body = new JsonArray();
        if (answer.Verdict is { } verdict)
        {
            body.Add(Text($"Verdict: {verdict}", bold: true, size: "Medium"));
        }

        // TextBlocks are markdown: document and question text is escaped so it shows verbatim.
        body.Add(Text(MarkdownText.EscapeKeepingReferences(answer.Lead), bold: answer.Verdict is null));
        if (answer.Comparison is { } comparison)
        {
            body.Add(Row(["Aspect", .. comparison.Roles.Select(MarkdownText.Escape)], bold: true));
            foreach (var row in comparison.Rows)
            {
                body.Add(Row([MarkdownText.Escape(row.Aspect), .. row.Cells.Select(n => n is { } c ? $"[{c}]" : "not covered")]));
            }
        }

        foreach (var citation in answer.Citations)
        {
            body.Add(Container(
                [Text($"[{citation.N}] \u201C{MarkdownText.Escape(AnswerMarkdown.Shorten(citation.Excerpt.Text, excerptChars))}\u201D"),
                 Text(AnswerMarkdown.SourceLink(citation), subtle: true)],
                style: "emphasis"));
        }

        if (answer.Citations.Count > 0)
        {
            body.Add(Text("Sources", bold: true, separator: true));
            body.Add(Text(string.Join("\n\n", answer.Citations.Select(c => $"{c.N}. {AnswerMarkdown.SourceLink(c)}")), subtle: true));
        }

        var actions = new JsonArray();
        if (answer.Answered)
        {
            actions.Add(Submit("Helpful", FeedbackData(answerKey, helpful: true)));
            actions.Add(Submit("Not helpful", FeedbackData(answerKey, helpful: false)));
        }

        foreach (var (title, question) in AnswerActions.FollowUps(answer))
        {
            actions.Add(Submit(title, AskData(question)));
        }

        var message = newReply();
        message.TextFormat = "markdown";
        message.Text = AnswerMarkdown.Render(answer, excerptChars, withExcerpts: false);
        message.Attachments = [Attachment(Card(body, actions, fallbackText: answer.Lead))];
        return [message];
    }
}
