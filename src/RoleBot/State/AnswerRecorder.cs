using System.Diagnostics;
using RoleBot.Hosting.Operations;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.State;

/// <summary>
/// The one way channels ask: answers from <see cref="KnowledgeHost"/>, records metrics and a trace span tagged by
/// channel, and stores every unanswered question and which documents each answer cited for the knowledge-gap report
/// (<c>rolebot report</c>).
/// Validate the question first (<see cref="QuestionParser.Validate"/>); invalid input throws like <see cref="KnowledgeHost.Ask"/>.
/// </summary>
public sealed partial class AnswerRecorder(KnowledgeHost knowledge, IFeedbackStore feedback, AnswerCache cache, TimeProvider time, ILogger<AnswerRecorder> logger,
    CitedDocuments cited, Channels.Rules.ChannelRules? rules = null, QuestionLogBuffer? questions = null)
{
    public Task<Answer> AskAsync(string channel, string question, ConversationContext? previous = null, CancellationToken cancellationToken = default) =>
        AskAsync(channel, question, previous, scope: null, cancellationToken);

    /// <param name="scope">The asking channel's scope (channels.yml); null means the default scope (DMs, playground, API).</param>
    public async Task<Answer> AskAsync(string channel, string question, ConversationContext? previous, PassageScope? scope, CancellationToken cancellationToken)
    {
        using var activity = RoleBotTelemetry.Source.StartActivity("rolebot.answer");
        activity?.SetTag("rolebot.channel", channel);
        var started = Stopwatch.GetTimestamp();
        var answer = cache.GetOrAsk(knowledge, question, previous, scope ?? rules?.DefaultScope);
        questions?.Add(new AskedQuestion(time.GetUtcNow(), channel, question.Trim(), answer.Answered, [.. answer.Citations.Select(c => c.PassageId)]));
        var tag = new KeyValuePair<string, object?>("channel", channel);
        RoleBotTelemetry.AnswerDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds, tag);
        activity?.SetTag("rolebot.answered", answer.Answered);
        activity?.SetTag("rolebot.citations", answer.Citations.Count);
        if (answer.Answered)
        {
            RoleBotTelemetry.Answered.Add(1, tag);
            try
            {
                await cited.RecordAsync(channel, answer, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Only the report's "not cited lately" list is less exact; the answer goes out.
                LogCitedFailed(logger, channel, ex.Message);
            }

            return answer;
        }

        RoleBotTelemetry.Unanswered.Add(1, tag);
        try
        {
            await feedback.AddUnansweredAsync(new UnansweredRecord(time.GetUtcNow(), channel, question.Trim()), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The user still gets the "not covered" answer; a store outage only costs a report line.
            LogStoreFailed(logger, channel, ex.Message);
        }

        return answer;
    }

    [LoggerMessage(3001, LogLevel.Warning, "Could not store an unanswered {Channel} question: {Reason}")]
    private static partial void LogStoreFailed(ILogger logger, string channel, string reason);

    [LoggerMessage(3011, LogLevel.Warning, "Could not record the documents a {Channel} answer cited: {Reason}")]
    private static partial void LogCitedFailed(ILogger logger, string channel, string reason);
}
