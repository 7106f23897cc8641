using System.Text.Json.Nodes;
using RoleBot.Knowledge.Retrieval;
using RoleBot.State;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Handles one authenticated activity. Messages and welcomes are acknowledged at once (200, empty body) and answered
/// through <see cref="ReplyQueue"/>; invokes are answered in the HTTP response, as their contracts require.
/// </summary>
internal sealed class ActivityDispatcher(
    ReplyQueue queue,
    QuestionResponder responder,
    FeedbackRecorder feedback,
    ConnectorClient connector,
    IEventDeduplicator deduplicator,
    Rules.ChannelRules rules,
    Experts.Teams.TeamsInstallations installations,
    Experts.Teams.TeamsExpertActions experts)
{
    public async Task<IResult> DispatchAsync(Activity activity, Uri? serviceUrl, CancellationToken cancellationToken)
    {
        // Where RoleBot can later post proactively (the Teams experts channel).
        await installations.RememberAsync(activity, serviceUrl, cancellationToken);
        return activity.Type switch
        {
            ActivityTypes.Message => await OnMessageAsync(activity, serviceUrl, cancellationToken),
            ActivityTypes.ConversationUpdate => await OnConversationUpdateAsync(activity, serviceUrl, cancellationToken),
            ActivityTypes.Invoke => await OnInvokeAsync(activity, serviceUrl, cancellationToken),
            // typing, messageReaction, installationUpdate, event, ...: nothing to say.
            _ => Results.Ok(),
        };
    }

    private async Task<IResult> OnMessageAsync(Activity activity, Uri? serviceUrl, CancellationToken cancellationToken)
    {
        if (serviceUrl is null || activity.Conversation?.Id is null)
        {
            return TeamsEndpoints.Problem("A message activity needs serviceUrl and conversation.id.");
        }

        if (!await FirstDeliveryAsync(activity, cancellationToken))
        {
            return Results.Ok();
        }

        // Action.Submit from a card: empty text, the action's data in value.
        if (activity.Value is JsonObject value && JsonFields.Str(value, "rolebot") is { } action)
        {
            if (await experts.HandleSubmitAsync(activity, serviceUrl, value, cancellationToken) is { } handled)
            {
                return handled;                          // Ask an expert / Send answer / Save as answer
            }

            if (action == "feedback")
            {
                var thanks = await feedback.RecordCardAsync(activity, value, cancellationToken);
                return Enqueue(async ct =>
                {
                    await connector.SendAsync(serviceUrl, activity.Conversation.Id, activity.Id,
                        BotCommands.Markdown(() => activity.CreateReply(), thanks), ct);
                    if (thanks == FeedbackRecorder.Thanks)
                    {
                        await experts.OfferAfterCardVoteAsync(activity, serviceUrl, value, ct);
                    }
                });
            }

            if (action == "ask" && JsonFields.Str(value, "question") is { } asked)
            {
                return Enqueue(ct => responder.AnswerAsync(activity, serviceUrl, asked, ct));
            }
        }

        var question = MentionText.Clean(activity);
        if (question.Length == 0 || !rules.TeamsShouldAnswer(activity, question))
        {
            return Results.Ok();                         // channels.yml: mention-only here, or a bot wrote it
        }

        return Enqueue(ct => responder.AnswerAsync(activity, serviceUrl, question, ct));
    }

    private async Task<IResult> OnConversationUpdateAsync(Activity activity, Uri? serviceUrl, CancellationToken cancellationToken)
    {
        // Greet once, when the bot itself joins (installation or added to a chat / team).
        var botId = activity.Recipient?.Id;
        var botJoined = botId is not null && (activity.MembersAdded ?? []).Any(m => string.Equals(m?.Id, botId, StringComparison.OrdinalIgnoreCase));
        if (!botJoined || serviceUrl is null || activity.Conversation?.Id is null || !await FirstDeliveryAsync(activity, cancellationToken))
        {
            return Results.Ok();
        }

        return Enqueue(ct => connector.SendAsync(serviceUrl, activity.Conversation.Id, activity.Id,
            BotCommands.Welcome(() => activity.CreateReply(), QuestionResponder.IsTeams(activity)), ct));
    }

    private async Task<IResult> OnInvokeAsync(Activity activity, Uri? serviceUrl, CancellationToken cancellationToken)
    {
        switch (activity.Name)
        {
            case "message/submitAction":
                // Teams' feedback form: 200 with an empty body (a body is a 400 cause).
                if (FeedbackRecorder.ReadTeamsVote(activity.Value, out var problem) is not { } vote)
                {
                    return TeamsEndpoints.Problem(problem);
                }

                if (await FirstDeliveryAsync(activity, cancellationToken))
                {
                    if (!await feedback.RecordTeamsAsync(activity, vote, cancellationToken))
                    {
                        // Like the playground's vote endpoint: 503 and a sentence for the voter, never a 500.
                        return TeamsEndpoints.Problem(FeedbackRecorder.StoreUnavailable, StatusCodes.Status503ServiceUnavailable, "Feedback store unavailable");
                    }

                    experts.OfferAfterTeamsFeedback(activity, serviceUrl);
                }

                return Results.Ok();

            case "adaptiveCard/action":
                return await OnCardActionAsync(activity, serviceUrl, cancellationToken);

            default:
                // The Bot Framework contract for an invoke a bot does not implement.
                return EmptyResult.NotImplemented;
        }
    }

    /// <summary>Action.Execute: answer {statusCode, type, value}; the answer itself is posted as a new message with citations.</summary>
    private async Task<IResult> OnCardActionAsync(Activity activity, Uri? serviceUrl, CancellationToken cancellationToken)
    {
        if (await experts.HandleInvokeAsync(activity, serviceUrl, cancellationToken) is { } handled)
        {
            return handled;                              // askExpert / expertAnswer / saveAnswer
        }

        var action = JsonFields.Obj(activity.Value, "action");
        var verb = JsonFields.Str(action, "verb");
        var question = JsonFields.Str(JsonFields.Obj(action, "data"), "question");
        if (verb != "ask" || question is null)
        {
            return InvokeError(400, "BadRequest", "RoleBot only knows the card action \"ask\" with data.question.");
        }

        if (QuestionParser.Validate(question) is { } invalid)
        {
            return InvokeError(400, "BadRequest", invalid);
        }

        if (serviceUrl is null || activity.Conversation?.Id is null)
        {
            return InvokeError(400, "BadRequest", "The activity has no serviceUrl or conversation.id.");
        }

        if (await FirstDeliveryAsync(activity, cancellationToken) && !queue.TryEnqueue(ct => responder.AnswerAsync(activity, serviceUrl, question, ct)))
        {
            // The Universal Action contract allows only 200, 400, 401, 412 and 500; "busy" is no error of the request
            // and 500 would show a generic failure, so the user gets the reason as the action's message.
            return InvokeMessage("RoleBot is busy right now; please try again in a moment.");
        }

        return InvokeMessage($"Looking up: {AnswerMarkdown.Shorten(question, 100)}");
    }

    /// <summary>The Universal Action response that shows <paramref name="text"/> to the user (statusCode 200).</summary>
    private static IResult InvokeMessage(string text) => Results.Json(new JsonObject
    {
        ["statusCode"] = 200,
        ["type"] = "application/vnd.microsoft.activity.message",
        ["value"] = text,
    }, statusCode: 200);

    private static IResult InvokeError(int status, string code, string message) => Results.Json(new JsonObject
    {
        ["statusCode"] = status,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    }, statusCode: 200);

    private IResult Enqueue(Func<CancellationToken, Task> work) => queue.TryEnqueue(work)
        ? Results.Ok()
        : Results.Problem(title: "RoleBot is busy", detail: $"More than {ReplyQueue.Capacity} replies are waiting; retry later.", statusCode: StatusCodes.Status503ServiceUnavailable);

    /// <summary>Channels may redeliver an activity; the id (per channel and conversation) is answered once.</summary>
    private async Task<bool> FirstDeliveryAsync(Activity activity, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(activity.Id) || await deduplicator.TryBeginAsync($"bf:{activity.ChannelId}:{activity.Conversation?.Id}:{activity.Id}", cancellationToken);
}
