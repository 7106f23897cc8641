using System.Text.Json.Nodes;
using RoleBot.Channels.Teams;
using RoleBot.Knowledge.Retrieval;
using RoleBot.State;
using static RoleBot.Channels.Rules.ChannelRules;

namespace RoleBot.Experts.Teams;

/// <summary>
/// The experts buttons in Teams (Action.Execute: adaptiveCard/action invokes) and Web Chat (Action.Submit: messages
/// with a value): "Ask an expert" from the asker, "Send answer" from the expert's card, "Save as answer" under the
/// relayed answer; and the offer after a "not helpful" vote.
/// </summary>
internal sealed partial class TeamsExpertActions(
    HandoffService handoffs,
    ExpertsConfig config,
    ReplyQueue queue,
    ConnectorClient connector,
    AnswerMemory answers,
    IEventDeduplicator deduplicator,
    ILogger<TeamsExpertActions> logger)
{
    /// <summary>An adaptiveCard/action invoke with one of the experts verbs; null when the verb is not ours.</summary>
    public async Task<IResult?> HandleInvokeAsync(Activity activity, Uri? serviceUrl, CancellationToken cancellationToken)
    {
        var action = At(activity.Value, "action");
        var verb = Str(At(action, "verb"));
        if (verb is not (ExpertCards.AskVerb or ExpertCards.AnswerVerb or ExpertCards.SaveVerb))
        {
            return null;
        }

        var data = At(action, "data") as JsonObject ?? [];
        return await HandleAsync(verb, activity, serviceUrl, data, invoke: true, cancellationToken);
    }

    /// <summary>An Action.Submit message (Web Chat, or Teams clients without Action.Execute); null when not ours.</summary>
    public async Task<IResult?> HandleSubmitAsync(Activity activity, Uri? serviceUrl, JsonObject value, CancellationToken cancellationToken)
    {
        var verb = Str(value["rolebot"]);
        return verb is ExpertCards.AskVerb or ExpertCards.AnswerVerb or ExpertCards.SaveVerb
            ? await HandleAsync(verb, activity, serviceUrl, value, invoke: false, cancellationToken)
            : null;
    }

    private async Task<IResult> HandleAsync(string verb, Activity activity, Uri? serviceUrl, JsonObject data, bool invoke, CancellationToken cancellationToken)
    {
        if (serviceUrl is null || activity.Conversation?.Id is null)
        {
            return invoke ? InvokeError("The activity has no serviceUrl or conversation.id.") : TeamsEndpoints.Problem("A message activity needs serviceUrl and conversation.id.");
        }

        // A redelivered click is handled once (Bot Service retries when the first answer was slow).
        if (!string.IsNullOrEmpty(activity.Id) && !await deduplicator.TryBeginAsync($"bf:{activity.ChannelId}:{activity.Conversation.Id}:{activity.Id}:{verb}", cancellationToken))
        {
            return invoke ? InvokeMessage("Already done.") : Results.Ok();
        }

        return verb switch
        {
            ExpertCards.AskVerb => Ask(activity, serviceUrl, data, invoke),
            ExpertCards.AnswerVerb => await AnswerAsync(activity, serviceUrl, data, invoke, cancellationToken),
            _ => await SaveAsync(activity, serviceUrl, data, invoke, cancellationToken),
        };
    }

    private IResult Ask(Activity activity, Uri serviceUrl, JsonObject data, bool invoke)
    {
        var question = Str(data["question"]);
        if (QuestionParser.Validate(question) is { } invalid)
        {
            return invoke ? InvokeError(invalid) : Reply(activity, serviceUrl, invalid);
        }

        var reason = Str(data["reason"]) == "nh" ? HandoffReason.NotHelpful : HandoffReason.NotCovered;
        var passages = (data["passages"] as JsonArray ?? []).Select(Str).OfType<string>().Take(10).ToList();
        var request = new HandoffRequest(question!, reason, QuestionResponder.ChannelName(activity), activity.From?.AadObjectId ?? activity.From?.Id,
            activity.From?.Name, AddressOf(activity, serviceUrl), LinkBack(activity), passages);
        if (!queue.TryEnqueue(ct => handoffs.StartAsync(request, ct)))
        {
            return invoke ? InvokeError("RoleBot is busy; please try again in a moment.", 503) : Busy();
        }

        return invoke ? InvokeMessage("Asking an expert\u2026") : Results.Ok();
    }

    private async Task<IResult> AnswerAsync(Activity activity, Uri serviceUrl, JsonObject data, bool invoke, CancellationToken cancellationToken)
    {
        var id = Str(data["handoff"]);
        var text = Str(data[ExpertCards.AnswerInput])?.Trim();
        var handoff = id is null ? null : await handoffs.GetAsync(id, cancellationToken);
        if (handoff is null)
        {
            return invoke ? InvokeMessage("RoleBot no longer knows this question.") : Reply(activity, serviceUrl, "RoleBot no longer knows this question.");
        }

        if (handoff.State == HandoffState.Answered)
        {
            var already = $"Already answered by {ExpertCards.Credit(handoff)}.";
            return invoke ? InvokeCard(ExpertCards.Answered(handoff, already)) : Reply(activity, serviceUrl, already);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return invoke ? InvokeMessage("Type your answer in the box first.") : Reply(activity, serviceUrl, "Type your answer in the box first.");
        }

        var expert = config.Current.ByTeamsUser(activity.From?.Id, activity.From?.AadObjectId);
        var name = expert?.Name ?? activity.From?.Name;
        if (!queue.TryEnqueue(ct => handoffs.AnswerAsync(handoff.Id, "teams:" + (activity.From?.AadObjectId ?? activity.From?.Id), name, text, ct)))
        {
            return invoke ? InvokeError("RoleBot is busy; please try again in a moment.", 503) : Busy();
        }

        var preview = handoff with { ExpertName = name, AnswerText = HandoffMessages.ClipAnswer(text) };
        const string Sent = "Sent to the asker, credited to you. Thanks!";
        return invoke ? InvokeCard(ExpertCards.Answered(preview, Sent)) : Reply(activity, serviceUrl, Sent);
    }

    private async Task<IResult> SaveAsync(Activity activity, Uri serviceUrl, JsonObject data, bool invoke, CancellationToken cancellationToken)
    {
        var id = Str(data["handoff"]);
        var (outcome, handoff) = id is null ? (SaveOutcome.NotFound, null) : await handoffs.SaveAsync(id, cancellationToken);
        var text = outcome switch
        {
            SaveOutcome.Saved => HandoffMessages.Saved(handoff!.ExpertName ?? "an expert"),
            SaveOutcome.AlreadySaved => HandoffMessages.AlreadySaved,
            SaveOutcome.NotAnswered => "There is no answer to save yet.",
            _ => "RoleBot no longer knows this answer.",
        };
        return invoke ? InvokeMessage(text) : Reply(activity, serviceUrl, text);
    }

    /// <summary>Teams' own feedback buttons: after a thumbs-down, offer an expert under the rated answer.</summary>
    public void OfferAfterTeamsFeedback(Activity activity, Uri? serviceUrl)
    {
        var reaction = Str(At(activity.Value, "actionValue", "reaction"));
        if (reaction == "dislike" && config.Enabled && serviceUrl is not null && activity.Conversation?.Id is { } conversation
            && answers.Find(activity.ReplyToId) is { } answered)
        {
            var offer = NotHelpfulOffer(activity, answered, teams: true);
            Enqueue(ct => connector.SendAsync(serviceUrl, conversation, activity.ReplyToId, offer, ct));
        }
    }

    /// <summary>Web Chat's "Not helpful" card button: after the thanks, offer an expert.</summary>
    public async Task OfferAfterCardVoteAsync(Activity activity, Uri serviceUrl, JsonObject value, CancellationToken cancellationToken)
    {
        if (value["helpful"]?.GetValueKind() == System.Text.Json.JsonValueKind.False && config.Enabled && answers.Find(Str(value["answer"])) is { } answered)
        {
            var teams = QuestionResponder.IsTeams(activity);
            await connector.SendAsync(serviceUrl, activity.Conversation!.Id!, activity.Id, NotHelpfulOffer(activity, answered, teams), cancellationToken);
        }
    }

    private static Activity NotHelpfulOffer(Activity activity, AnsweredQuestion answered, bool teams) =>
        ExpertCards.Offer(() => activity.CreateReply(), "Sorry that didn't help. An expert can take it from here.",
            ExpertCards.Button("Ask an expert", ExpertCards.AskVerb, ExpertCards.AskData(answered.Question, HandoffReason.NotHelpful, answered.CitationIds), teams));

    internal static HandoffAddress AddressOf(Activity activity, Uri serviceUrl) => new()
    {
        Platform = HandoffAddress.BotFramework,
        ServiceUrl = serviceUrl.AbsoluteUri,
        ConversationId = activity.Conversation?.Id,
        ChannelId = activity.ChannelId,
        BotId = activity.Recipient?.Id,
        BotName = activity.Recipient?.Name,
    };

    /// <summary>A Teams link to the asker's channel thread; chats have no link others could open.</summary>
    internal static string? LinkBack(Activity activity)
    {
        var conversation = activity.Conversation?.Id;
        var at = conversation?.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase) ?? -1;
        if (activity.Conversation?.ConversationType != "channel" || at < 0)
        {
            return null;
        }

        var root = conversation![(at + ";messageid=".Length)..];
        var link = $"https://teams.microsoft.com/l/message/{Uri.EscapeDataString(conversation[..at])}/{Uri.EscapeDataString(root)}?parentMessageId={Uri.EscapeDataString(root)}";
        return activity.Conversation.TenantId is { } tenant ? link + "&tenantId=" + Uri.EscapeDataString(tenant) : link;
    }

    private IResult Reply(Activity activity, Uri serviceUrl, string text)
    {
        var reply = BotCommands.Markdown(() => activity.CreateReply(), text);
        return Enqueue(ct => connector.SendAsync(serviceUrl, activity.Conversation!.Id!, activity.Id, reply, ct)) ? Results.Ok() : Busy();
    }

    private bool Enqueue(Func<CancellationToken, Task> work)
    {
        if (queue.TryEnqueue(work))
        {
            return true;
        }

        LogBusy(logger);
        return false;
    }

    private static IResult Busy() =>
        Results.Problem(title: "RoleBot is busy", detail: $"More than {ReplyQueue.Capacity} replies are waiting; retry later.", statusCode: StatusCodes.Status503ServiceUnavailable);

    private static IResult InvokeMessage(string text) => Results.Json(new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.activity.message",
        ["value"] = text,
    });

    /// <summary>Action.Execute's answer that replaces the card the user acted on.</summary>
    private static IResult InvokeCard(JsonObject card) => Results.Json(new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.card.adaptive",
        ["value"] = card,
    });

    private static IResult InvokeError(string message, int status = 400) => Results.Json(new JsonObject
    {
        ["statusCode"] = status,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = status == 503 ? "Busy" : "BadRequest", ["message"] = message },
    });

    [LoggerMessage(5601, LogLevel.Warning, "The Bot Framework reply queue is full; an experts reply was dropped")]
    private static partial void LogBusy(ILogger logger);
}
