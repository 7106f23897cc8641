using RoleBot.Knowledge;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;
using RoleBot.State;

namespace RoleBot.Channels.Slack;

/// <summary>
/// Asks the knowledge core with the conversation's previous context (per Slack thread or DM) and renders the answer;
/// an unusable question gets a friendly line instead of an exception.
/// </summary>
public sealed class SlackAnswerer(KnowledgeHost knowledge, AnswerRecorder recorder, IConversationStore conversations, IFeedbackStore feedback, TimeProvider time,
    ILogger<SlackAnswerer> logger,
    Experts.ExpertsConfig? experts = null)
{
    public const string ChannelName = "slack";

    /// <summary>Shown (only to the voter) when the store cannot take a vote.</summary>
    public const string VoteNotStored = "Sorry, your vote could not be stored right now; please try again in a moment.";

    /// <summary>Answers <paramref name="question"/>; with a <paramref name="conversationKey"/> follow-ups build on the last question.</summary>
    public Task<SlackMessage> AnswerAsync(string question, string? conversationKey, CancellationToken cancellationToken) =>
        AnswerAsync(question, conversationKey, scope: null, cancellationToken);

    /// <param name="scope">The channel's scope from channels.yml; null for the default scope.</param>
    public async Task<SlackMessage> AnswerAsync(string question, string? conversationKey, PassageScope? scope, CancellationToken cancellationToken)
    {
        if (QuestionParser.Validate(question) is { } problem)
        {
            return SlackMessage.Plain(SlackText.Escape(problem));
        }

        ConversationContext? previous = conversationKey is null ? null : await conversations.GetAsync(conversationKey, cancellationToken);
        Answer answer;
        try
        {
            answer = await recorder.AskAsync(ChannelName, question, previous, scope, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            return SlackMessage.Plain(SlackText.Escape(ex.Message.Split(" (Parameter", 2)[0]));
        }

        if (conversationKey is not null && answer.Context is { } context)
        {
            await conversations.SetAsync(conversationKey, context, cancellationToken);
        }

        var message = BlockKitRenderer.Render(answer);
        return experts?.Enabled == true ? Experts.Slack.SlackExpertBlocks.WithOffer(message, answer) : message;
    }

    /// <summary>
    /// Stores a vote; the answer is recomputed from the question carried by the button (answers are deterministic).
    /// False when the store failed (logged).
    /// </summary>
    public async Task<bool> RecordVoteAsync(string question, IReadOnlyList<string> passageIds, bool helpful, string? userId, CancellationToken cancellationToken)
    {
        string answerText;
        IReadOnlyList<string> ids = passageIds;
        try
        {
            var answer = knowledge.Ask(question);
            answerText = answer.Text;
            if (ids.Count == 0)
            {
                ids = [.. answer.Citations.Select(c => c.PassageId)];
            }
        }
        catch (ArgumentException)
        {
            answerText = "";
        }

        try
        {
            await feedback.AddFeedbackAsync(new FeedbackRecord(time.GetUtcNow(), ChannelName, question, answerText, ids, helpful, null, userId), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.VoteNotStored(ex.GetType().Name, ex.Message);
            return false;
        }
    }

    /// <summary>The /rolebot help (mrkdwn: &amp;, &lt; and &gt; escaped like every text RoleBot sends).</summary>
    public static string HelpText =>
        "*RoleBot* answers onboarding questions about roles by quoting the team's documents, with sources.\n" +
        "• `/rolebot &lt;question&gt;`: only you see the answer, e.g. `/rolebot does an ML engineer need Spark?`\n" +
        "• `/rolebot share &lt;question&gt;`: the answer is posted in the channel\n" +
        "• Mention @RoleBot in a channel (it answers in the thread), or send it a direct message; follow-ups such as " +
        "_what about data scientists?_ continue the thread's topic.";
}
