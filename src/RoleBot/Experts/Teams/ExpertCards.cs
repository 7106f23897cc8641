using System.Text.Json.Nodes;
using RoleBot.Channels.Teams;
using RoleBot.Knowledge.Answers;
using static RoleBot.Channels.Teams.AdaptiveCardElements;

namespace RoleBot.Experts.Teams;

/// <summary>Adaptive Cards (1.5) for experts in the loop on Teams and Web Chat.</summary>
internal static class ExpertCards
{
    public const string AskVerb = "askExpert";
    public const string AnswerVerb = "expertAnswer";
    public const string SaveVerb = "saveAnswer";

    /// <summary>The Input.Text id; Action.Execute merges it into the action's data.</summary>
    public const string AnswerInput = "answer";

    /// <summary>Teams runs Action.Execute (an invoke); Web Chat only Action.Submit (a message with value).</summary>
    public static JsonObject Button(string title, string verb, JsonObject data, bool teams) =>
        teams ? Execute(title, verb, data) : Submit(title, data);

    public static JsonObject AskData(string question, HandoffReason reason, IEnumerable<string> passageIds) => new()
    {
        ["rolebot"] = AskVerb,
        ["question"] = question,
        ["reason"] = reason == HandoffReason.NotCovered ? "nc" : "nh",
        ["passages"] = new JsonArray([.. passageIds.Take(5).Select(p => (JsonNode?)p)]),
    };

    /// <summary>
    /// An unanswered answer's activities plus "Ask an expert": added to its card when it has one (Teams' follow-up card,
    /// Web Chat's answer card), else as a small card of its own.
    /// </summary>
    public static IReadOnlyList<Activity> WithOffer(IReadOnlyList<Activity> outgoing, Answer answer, bool teams, Func<Activity> newReply)
    {
        if (answer.Answered)
        {
            return outgoing;
        }

        var button = Button("Ask an expert", AskVerb, AskData(answer.Question, HandoffReason.NotCovered, []), teams);
        var card = outgoing.SelectMany(a => a.Attachments ?? []).Select(a => a.Content as JsonObject)
            .FirstOrDefault(c => c is not null && (string?)c["type"] == "AdaptiveCard");
        if (card is not null)
        {
            if (card["actions"] is not JsonArray actions)
            {
                card["actions"] = actions = [];
            }

            actions.Add(button);
            return outgoing;
        }

        return [.. outgoing, Offer(newReply, "An expert can answer what my documents don't.", button)];
    }

    /// <summary>A one-button card offering an expert (after a "not helpful" vote).</summary>
    public static Activity Offer(Func<Activity> newReply, string text, JsonObject button)
    {
        var reply = newReply();
        reply.Attachments = [Attachment(Card([Text(text, subtle: true)], [button], fallbackText: text))];
        return reply;
    }

    /// <summary>The question in the Teams experts channel, with a box for the answer.</summary>
    public static JsonObject Question(Handoff handoff, ExpertRouteChoice route)
    {
        var asker = handoff.Asker.Platform switch
        {
            HandoffAddress.Slack => "someone on Slack",
            HandoffAddress.BotFramework => handoff.AskerName ?? "someone",
            _ => "a playground user",
        };
        var body = new JsonArray
        {
            Text("Question for the experts", bold: true, size: "Medium"),
            Text($"From {asker}: {HandoffMessages.Why(handoff.Reason)}.", subtle: true),
            Container([Text(handoff.Question)], style: "emphasis"),
            Text(route.Experts.Count == 0 ? $"For anyone who knows ({route.Reason})" : $"For {string.Join(", ", route.Experts.Select(e => e.Name))} ({route.Reason})", subtle: true),
        };
        if (handoff.LinkBack is { } link)
        {
            body.Add(Text($"[Open the conversation]({link})", subtle: true));
        }

        body.Add(new JsonObject
        {
            ["type"] = "Input.Text",
            ["id"] = AnswerInput,
            ["isMultiline"] = true,
            ["maxLength"] = ExpertsOptions.MaxAnswerChars,
            ["label"] = "Your answer (goes to the asker, credited to you)",
            ["placeholder"] = "Type the answer",
        });
        var data = new JsonObject { ["rolebot"] = AnswerVerb, ["handoff"] = handoff.Id };
        return Card(body, [Execute("Send answer", AnswerVerb, data)], fallbackText: $"Question for the experts: {handoff.Question}");
    }

    /// <summary>What the expert's card turns into once answered.</summary>
    public static JsonObject Answered(Handoff handoff, string note) => Card(
    [
        Text("Question for the experts", bold: true, size: "Medium"),
        Container([Text(handoff.Question)], style: "emphasis"),
        Text($"{Credit(handoff)} answered: {handoff.AnswerText}"),
        Text(note, subtle: true),
    ]);

    /// <summary>The expert's answer for the asker, credited, with "Save as answer".</summary>
    public static JsonObject AnswerForAsker(Handoff handoff, bool teams)
    {
        var credit = Credit(handoff);
        var body = new JsonArray
        {
            Text($"{credit} answered:", bold: true),
            Text(handoff.AnswerText ?? ""),
            Text($"Your question: {AnswerMarkdown.Shorten(handoff.Question, 300)}", subtle: true, separator: true),
        };
        var data = new JsonObject { ["rolebot"] = SaveVerb, ["handoff"] = handoff.Id };
        return Card(body, [Button("Save as answer", SaveVerb, data, teams)], fallbackText: HandoffMessages.Answered(credit, handoff.AnswerText ?? ""));
    }

    /// <summary>Who answered, for a Teams or Web Chat reader: the name from experts.yml or Teams, else "An expert".</summary>
    public static string Credit(Handoff handoff) => handoff.ExpertName ?? "An expert";
}
