using System.Text.Json;
using RoleBot.State;

namespace RoleBot.Channels.Slack;

/// <summary>
/// Handles event_callback payloads, shared by HTTP and Socket Mode: app_mention is answered in the message's thread,
/// message.im in the DM; bots (RoleBot included), subtypes (edits, joins, ...) and hidden messages are ignored; a retried
/// delivery is answered once, de-duplicated by event_id.
/// </summary>
public sealed class SlackEventProcessor(SlackReplyWorker queue, SlackAnswerer answerer, SlackWebApiClient api, SlackBotIdentity bot,
    IEventDeduplicator deduplicator, ILogger<SlackEventProcessor> logger, Rules.ChannelRules rules, Experts.Slack.SlackExpertReplies expertReplies)
{
    private sealed record Question(string EventId, string? Team, string Channel, string? User, string? Text, string? ThreadTs, bool IsDirect)
    {
        /// <summary>The message's own ts and its raw thread_ts (an expert's reply under a hand-off is not a question).</summary>
        public string? Ts { get; init; }

        public string? RawThreadTs { get; init; }
    }

    public SlackEventOutcome Handle(JsonElement payload)
    {
        if (payload.Str("type") != "event_callback" || payload.Obj("event") is not { } ev)
        {
            return payload.Str("type") is null ? SlackEventOutcome.Invalid : SlackEventOutcome.Accepted;
        }

        bot.Learn(payload.First("authorizations")?.Str("user_id"));
        if (expertReplies.Handle(payload, ev) is { } expertReply)
        {
            return expertReply;                          // a reply in an experts channel's thread
        }

        var type = ev.Str("type");
        var isMention = type == "app_mention";
        var isDirect = type == "message" && ev.Str("channel_type") == "im";
        // channels.yml: in a channel listed with trigger "question", any top-level question from a person.
        var isQuestion = !isMention && !isDirect && rules.SlackAnswersUnmentioned(ev, payload.First("authorizations")?.Str("user_id"));
        if (!(isMention || isDirect || isQuestion) || ev.Has("bot_id") || ev.Has("subtype") || ev.Has("hidden") || ev.Str("channel") is not { } channel
            || ev.Str("ts") is not { } ts || ev.Str("user") is null)
        {
            return SlackEventOutcome.Accepted;
        }

        // event_id is Slack's delivery id; channel+ts identifies the message if an envelope lacks it.
        var eventId = payload.Str("event_id") ?? $"{channel}:{ts}";
        var thread = isDirect ? ev.Str("thread_ts") : ev.Str("thread_ts") ?? ts;
        var question = new Question(eventId, payload.Str("team_id") ?? ev.Str("team"), channel, ev.Str("user"), ev.Str("text"), thread, isDirect)
        {
            Ts = ts, RawThreadTs = ev.Str("thread_ts"),
        };
        return queue.TryEnqueue(ct => AnswerAsync(question, ct)) ? SlackEventOutcome.Accepted : SlackEventOutcome.Busy;
    }

    private async Task AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        if (!await deduplicator.TryBeginAsync("slack:" + question.EventId, cancellationToken))
        {
            logger.DuplicateEvent(question.EventId);
            return;
        }

        var botUserId = await bot.GetUserIdAsync(cancellationToken);
        if (botUserId is not null && question.User == botUserId)
        {
            return;
        }

        // A DM reply or a mention under a hand-off question is the expert's answer, not a new question.
        if (question.Ts is { } ts && await expertReplies.TryRelayAsync(question.Channel, question.RawThreadTs, ts, question.User, question.Text, cancellationToken))
        {
            return;
        }

        // A DM is one conversation (threads in it are their own); a channel conversation is the mention's thread.
        var key = question.ThreadTs is null
            ? $"slack:{question.Team}:{question.Channel}"
            : $"slack:{question.Team}:{question.Channel}:{question.ThreadTs}";
        var scope = rules.SlackScope(question.Channel, question.IsDirect);
        var reply = await answerer.AnswerAsync(SlackText.QuestionFrom(question.Text, botUserId), key, scope, cancellationToken);
        await api.PostMessageAsync(question.Channel, question.ThreadTs, reply, cancellationToken);
    }
}
