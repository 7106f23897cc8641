using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Hosting.Operations;
using RoleBot.State;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Operations;

public sealed class TelemetryTests
{
    [Fact]
    public async Task AnswerRecorder_AnsweredAndUnanswered_RecordsCountersAndLatencyByChannel()
    {
        await using var server = await RoleBotServer.StartAsync();
        var channel = "test-" + Guid.NewGuid().ToString("N");
        var measurements = new List<(string Instrument, double Value)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RoleBotTelemetry.Name)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        void OnMeasurement(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "channel" && Equals(tag.Value, channel))
                {
                    lock (measurements)
                    {
                        measurements.Add((instrument.Name, value));
                    }
                }
            }
        }

        listener.SetMeasurementEventCallback<long>((i, v, t, _) => OnMeasurement(i, v, t));
        listener.SetMeasurementEventCallback<double>((i, v, t, _) => OnMeasurement(i, v, t));
        listener.Start();
        var recorder = server.Services.GetRequiredService<AnswerRecorder>();

        await recorder.AskAsync(channel, "does an MLE need Spark?", cancellationToken: TestContext.Current.CancellationToken);
        await recorder.AskAsync(channel, "how do I book a meeting room?", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, measurements.Count(m => m.Instrument == "rolebot.questions.answered"));
        Assert.Equal(1, measurements.Count(m => m.Instrument == "rolebot.questions.unanswered"));
        Assert.Equal(2, measurements.Count(m => m.Instrument == "rolebot.answer.duration" && m.Value > 0));
        var gap = Assert.Single(await server.Services.GetRequiredService<IFeedbackStore>().TopUnansweredAsync(5, TestContext.Current.CancellationToken));
        Assert.Equal("how do I book a meeting room?", gap.Question);
    }
}
