using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RoleBot.Hosting.Operations;

/// <summary>
/// RoleBot's own metrics and traces (meter and activity source "RoleBot"). Every channel records through
/// <see cref="RoleBot.State.AnswerRecorder"/>, so answered/unanswered counts and latency are tagged by channel.
/// </summary>
public static class RoleBotTelemetry
{
    public const string Name = "RoleBot";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> Answered = Meter.CreateCounter<long>("rolebot.questions.answered", "{question}", "Questions answered from the knowledge");

    public static readonly Counter<long> Unanswered = Meter.CreateCounter<long>("rolebot.questions.unanswered", "{question}", "Questions the knowledge does not cover");

    public static readonly Histogram<double> AnswerDuration = Meter.CreateHistogram<double>("rolebot.answer.duration", "ms", "Time to compose an answer");

    public static readonly Counter<long> Reloads = Meter.CreateCounter<long>("rolebot.knowledge.reloads", "{reload}", "Knowledge reloads, tagged by outcome");
}
