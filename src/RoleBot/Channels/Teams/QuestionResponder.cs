using RoleBot.Knowledge;
using RoleBot.Knowledge.Retrieval;
using RoleBot.State;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Answers one question in a conversation: typing indicator first, then the answer in the client's best form, with
/// the conversation's previous question as context for follow-ups.
/// </summary>
internal sealed class QuestionResponder(
    KnowledgeHost knowledge,
    AnswerRecorder recorder,
    IConversationStore conversations,
    AnswerMemory answers,
    ConnectorClient connector,
    Rules.ChannelRules rules,
    Experts.ExpertsConfig experts)
{
    public const string TeamsChannelId = "msteams";

    public async Task AnswerAsync(Activity activity, Uri serviceUrl, string question, CancellationToken cancellationToken)
    {
        var conversationId = activity.Conversation!.Id!;
        var replyTo = activity.Id;
        await SendTypingAsync(activity, serviceUrl, cancellationToken);

        if (BotCommands.IsCommand(question, out var command))
        {
            var reply = command switch
            {
                "about" => BotCommands.About(knowledge, () => activity.CreateReply()),
                "sources" => BotCommands.Sources(knowledge, () => activity.CreateReply()),
                _ => BotCommands.Welcome(() => activity.CreateReply(), IsTeams(activity)),
            };
            await connector.SendAsync(serviceUrl, conversationId, replyTo, reply, cancellationToken);
            return;
        }

        if (QuestionParser.Validate(question) is { } invalid)
        {
            await connector.SendAsync(serviceUrl, conversationId, replyTo, BotCommands.Markdown(() => activity.CreateReply(), invalid), cancellationToken);
            return;
        }

        var key = ConversationKey(activity);
        var previous = await conversations.GetAsync(key, cancellationToken);
        var answer = await recorder.AskAsync(ChannelName(activity), question, previous, rules.TeamsScope(activity), cancellationToken);
        if (answer.Context is { } context)
        {
            await conversations.SetAsync(key, context, cancellationToken);
        }

        var answerKey = Guid.NewGuid().ToString("N");
        var remembered = new AnsweredQuestion(question, answer.Text, answer.Citations.Select(c => c.PassageId).ToList());
        answers.Remember(answerKey, remembered);
        var outgoing = MessageBudget.Fit(excerptChars => IsTeams(activity)
            ? TeamsAnswerRenderer.Render(answer, () => activity.CreateReply(), excerptChars)
            : WebChatAnswerRenderer.Render(answer, answerKey, () => activity.CreateReply(), excerptChars));
        if (experts.Enabled)
        {
            outgoing = Experts.Teams.ExpertCards.WithOffer(outgoing, answer, IsTeams(activity), () => activity.CreateReply());
        }

        foreach (var reply in outgoing)
        {
            // Teams' feedback invoke names the rated message by the id the connector gave it.
            if (await connector.SendAsync(serviceUrl, conversationId, replyTo, reply, cancellationToken) is { } sentId)
            {
                answers.Remember(sentId, remembered);
            }
        }
    }

    private async Task SendTypingAsync(Activity activity, Uri serviceUrl, CancellationToken cancellationToken)
    {
        try
        {
            await connector.SendAsync(serviceUrl, activity.Conversation!.Id!, activity.Id, activity.CreateReply(ActivityTypes.Typing), cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException)
        {
            // The indicator is a courtesy: the answer still goes out.
        }
    }

    public static bool IsTeams(Activity activity) => string.Equals(activity.ChannelId, TeamsChannelId, StringComparison.OrdinalIgnoreCase);

    /// <summary>"teams" for Microsoft Teams, otherwise the Bot Framework channel id (webchat, directline, emulator).</summary>
    public static string ChannelName(Activity activity) => IsTeams(activity) ? "teams" : activity.ChannelId ?? "botframework";

    /// <summary>One context per conversation; a Teams channel thread's id carries ";messageid=", so each thread has its own.</summary>
    public static string ConversationKey(Activity activity) => $"bf:{activity.ChannelId}:{activity.Conversation?.Id}";
}
