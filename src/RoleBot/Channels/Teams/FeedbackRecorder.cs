using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.State;

namespace RoleBot.Channels.Teams;

/// <summary>A Teams thumbs up/down with its optional comment, read from a message/submitAction invoke.</summary>
internal sealed record TeamsVote(bool Helpful, string? Comment);

/// <summary>
/// Stores votes: Teams' built-in feedback (invoke message/submitAction) and the Helpful / Not helpful buttons of the
/// Web Chat card (Action.Submit). Question, answer and citations come from <see cref="AnswerMemory"/>.
/// </summary>
internal sealed partial class FeedbackRecorder(IFeedbackStore store, AnswerMemory answers, TimeProvider time, ILogger<FeedbackRecorder> logger)
{
    public const int MaxCommentChars = 2000;

    /// <summary>What a voter is told when the store cannot take the vote (SQLite file or Redis unavailable).</summary>
    /// <summary>The reply to a stored vote.</summary>
    public const string Thanks = "Thanks for the feedback.";

    public const string StoreUnavailable = "Sorry, your vote could not be stored right now; please try again in a moment.";

    /// <summary>
    /// Teams: value {"actionName":"feedback","actionValue":{"reaction":"like"|"dislike","feedback":"{\"feedbackText\":\"...\"}"}}.
    /// Null, with the reason, when a member is missing or of the wrong type. A feedback string that does not start with
    /// "{" is taken as the comment itself; one that does must be a JSON object whose feedbackText, if any, is a string.
    /// </summary>
    public static TeamsVote? ReadTeamsVote(JsonNode? value, out string problem)
    {
        problem = "message/submitAction needs value.actionValue.reaction \"like\" or \"dislike\".";
        var actionValue = JsonFields.Obj(value, "actionValue");
        var reaction = JsonFields.Str(actionValue, "reaction");
        if (reaction is not ("like" or "dislike"))
        {
            return null;
        }

        problem = "value.actionValue.feedback must be a string holding {\"feedbackText\": \"...\"}.";
        string? comment;
        switch (JsonFields.Kind(actionValue, "feedback"))
        {
            case JsonValueKind.Undefined or JsonValueKind.Null:
                comment = null;
                break;
            case JsonValueKind.String:
                var text = JsonFields.Str(actionValue, "feedback")!;
                if (!text.TrimStart().StartsWith('{'))
                {
                    comment = text;
                    break;
                }

                JsonNode? parsed;
                try
                {
                    parsed = JsonNode.Parse(text, documentOptions: JsonFields.Strict);
                }
                catch (JsonException)
                {
                    return null;
                }

                if (!TryFeedbackText(parsed, out comment))
                {
                    return null;
                }

                break;
            case JsonValueKind.Object:
                // Teams sends a JSON string; an object of the same shape is read the same way.
                if (!TryFeedbackText(actionValue!["feedback"], out comment))
                {
                    return null;
                }

                break;
            default:
                return null;
        }

        return new TeamsVote(reaction == "like", comment);
    }

    /// <summary>False when the store failed (logged); the caller tells the voter.</summary>
    public Task<bool> RecordTeamsAsync(Activity activity, TeamsVote vote, CancellationToken cancellationToken) =>
        TryStoreAsync(activity, answers.Find(activity.ReplyToId), vote.Helpful, vote.Comment, cancellationToken);

    /// <summary>Web Chat card: value {"rolebot":"feedback","answer":key,"helpful":bool}. The reply to show the voter.</summary>
    public async Task<string> RecordCardAsync(Activity activity, JsonObject value, CancellationToken cancellationToken)
    {
        if (JsonFields.Kind(value, "helpful") is not (JsonValueKind.True or JsonValueKind.False))
        {
            return "Sorry, I could not read that vote.";
        }

        var key = JsonFields.Str(value, "answer");
        var stored = await TryStoreAsync(activity, answers.Find(key), JsonFields.Kind(value, "helpful") == JsonValueKind.True, null, cancellationToken);
        return stored ? Thanks : StoreUnavailable;
    }

    private static bool TryFeedbackText(JsonNode? feedback, out string? comment)
    {
        comment = JsonFields.Str(feedback, "feedbackText");
        return feedback is JsonObject && JsonFields.Kind(feedback, "feedbackText") is JsonValueKind.String or JsonValueKind.Undefined or JsonValueKind.Null;
    }

    private async Task<bool> TryStoreAsync(Activity activity, AnsweredQuestion? answered, bool helpful, string? comment, CancellationToken cancellationToken)
    {
        var record = new FeedbackRecord(
            time.GetUtcNow(),
            QuestionResponder.ChannelName(activity),
            answered?.Question ?? "(answer no longer in memory)",
            answered?.AnswerText ?? "",
            answered?.CitationIds ?? [],
            helpful,
            string.IsNullOrWhiteSpace(comment) ? null : comment.Length > MaxCommentChars ? comment[..MaxCommentChars] : comment,
            activity.From?.AadObjectId ?? activity.From?.Id);
        try
        {
            await store.AddFeedbackAsync(record, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A store outage costs this vote, never the request: the voter is told to try again.
            LogStoreFailed(logger, record.Channel, ex.GetType().Name, ex.Message);
            return false;
        }
    }

    [LoggerMessage(3004, LogLevel.Warning, "Could not store a {Channel} vote ({Type}): {Reason}")]
    private static partial void LogStoreFailed(ILogger logger, string channel, string type, string reason);
}
