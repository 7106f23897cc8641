using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.State;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Stores votes: Teams' built-in feedback (invoke message/submitAction) and the Helpful / Not helpful buttons of the
/// Web Chat card (Action.Submit). Question, answer and citations come from <see cref="AnswerMemory"/>.
/// </summary>
internal sealed class FeedbackRecorder(IFeedbackStore store, AnswerMemory answers, TimeProvider time)
{
    public const int MaxCommentChars = 2000;

    /// <summary>Teams: value {"actionName":"feedback","actionValue":{"reaction":"like"|"dislike","feedback":"{\"feedbackText\":\"...\"}"}}.</summary>
    public async Task<bool> RecordTeamsAsync(Activity activity, CancellationToken cancellationToken)
    {
        var actionValue = activity.Value?["actionValue"];
        var reaction = actionValue?["reaction"]?.GetValueKind() == JsonValueKind.String ? (string?)actionValue["reaction"] : null;
        if (reaction is not ("like" or "dislike"))
        {
            return false;
        }

        string? comment = null;
        if (actionValue?["feedback"]?.GetValueKind() == JsonValueKind.String)
        {
            try
            {
                comment = (string?)JsonNode.Parse((string)actionValue["feedback"]!)?["feedbackText"];
            }
            catch (JsonException)
            {
                comment = (string?)actionValue["feedback"];
            }
        }

        await StoreAsync(activity, answers.Find(activity.ReplyToId), reaction == "like", comment, cancellationToken);
        return true;
    }

    /// <summary>Web Chat card: value {"rolebot":"feedback","answer":key,"helpful":bool}.</summary>
    public async Task<bool> RecordCardAsync(Activity activity, JsonObject value, CancellationToken cancellationToken)
    {
        if (value["helpful"]?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
        {
            return false;
        }

        var key = value["answer"]?.GetValueKind() == JsonValueKind.String ? (string?)value["answer"] : null;
        await StoreAsync(activity, answers.Find(key), (bool)value["helpful"]!, null, cancellationToken);
        return true;
    }

    private Task StoreAsync(Activity activity, AnsweredQuestion? answered, bool helpful, string? comment, CancellationToken cancellationToken)
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
        return store.AddFeedbackAsync(record, cancellationToken);
    }
}
