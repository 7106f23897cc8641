using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Knowledge.Retrieval;
using RoleBot.State;
using RoleBot.State.Redis;
using RoleBot.TestKit.Operations;
using RoleBot.Tests.Hosting;
using RoleBot.Tests.Web;

namespace RoleBot.Tests.Operations;

/// <summary>Two RoleBot servers sharing one real redis-server, as two replicas behind a load balancer would.</summary>
public sealed class RedisStateTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task<RoleBotServer> StartReplicaAsync(RedisServerProcess redis) =>
        RoleBotServer.StartAsync(new Dictionary<string, string?> { ["Redis:Configuration"] = redis.Configuration, ["Reload:Enabled"] = "false" });

    [Fact]
    public async Task Deduplicator_SameEventOnTwoReplicas_IsAcceptedOnce()
    {
        await using var redis = await RedisServerProcess.StartAsync(Cancel);
        await using var first = await StartReplicaAsync(redis);
        await using var second = await StartReplicaAsync(redis);
        var a = first.Services.GetRequiredService<IEventDeduplicator>();
        var b = second.Services.GetRequiredService<IEventDeduplicator>();

        Assert.IsType<RedisEventDeduplicator>(a);
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? a : b).TryBeginAsync("Ev0123456789", Cancel).AsTask()));

        Assert.Single(results, accepted => accepted);
        Assert.True(await b.TryBeginAsync("Ev-other", Cancel));
    }

    [Fact]
    public async Task CitedDocuments_RecordedOnOneReplica_AreReadOnTheOther()
    {
        await using var redis = await RedisServerProcess.StartAsync(Cancel);
        await using var first = await StartReplicaAsync(redis);
        await using var second = await StartReplicaAsync(redis);
        var at = new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero);

        await first.Services.GetRequiredService<IFeedbackStore>().AddCitedAsync(new CitedRecord(at, "slack", ["handbook.pdf", "guide.docx"]), Cancel);
        await second.Services.GetRequiredService<IFeedbackStore>().AddCitedAsync(new CitedRecord(at.AddDays(1), "web", ["guide.docx"]), Cancel);
        var cited = await second.Services.GetRequiredService<IFeedbackStore>().LastCitedAsync(Cancel);

        Assert.IsType<RedisFeedbackStore>(first.Services.GetRequiredService<IFeedbackStore>());
        Assert.Equal(at, cited["handbook.pdf"]);
        Assert.Equal(at.AddDays(1), cited["guide.docx"]);
    }

    [Fact]
    public async Task ConversationContext_SetOnOneReplica_IsReadOnTheOther()
    {
        await using var redis = await RedisServerProcess.StartAsync(Cancel);
        await using var first = await StartReplicaAsync(redis);
        await using var second = await StartReplicaAsync(redis);
        var context = new ConversationContext("What skills does an ML engineer need?", QuestionShape.Open, ["ml-engineer"], "skills");

        await first.Services.GetRequiredService<IConversationStore>().SetAsync("slack:T1:C1:1700000000.1", context, Cancel);
        var read = await second.Services.GetRequiredService<IConversationStore>().GetAsync("slack:T1:C1:1700000000.1", Cancel);

        Assert.NotNull(read);
        Assert.Equal((context.Question, context.Shape, context.TopicText), (read.Question, read.Shape, read.TopicText));
        Assert.Equal(context.RoleIds, read.RoleIds);
        Assert.Null(await second.Services.GetRequiredService<IConversationStore>().GetAsync("slack:unknown", Cancel));
    }

    [Fact]
    public async Task PlaygroundFollowUp_SecondQuestionOnOtherReplica_KeepsContext()
    {
        await using var redis = await RedisServerProcess.StartAsync(Cancel);
        await using var first = await StartReplicaAsync(redis);
        await using var second = await StartReplicaAsync(redis);
        await using var alone = await RoleBotServer.StartAsync();
        var session = Guid.NewGuid().ToString("N");

        await PlaygroundApiTests.AskAsync(first, "What skills does an ML engineer need?", session);
        var followUp = await PlaygroundApiTests.AskAsync(second, "what about data scientists?", session);
        var withoutContext = await PlaygroundApiTests.AskAsync(alone, "what about data scientists?", session);

        Assert.NotEqual(withoutContext.GetProperty("text").GetString(), followUp.GetProperty("text").GetString());
    }

    [Fact]
    public async Task FeedbackAndGaps_FromTwoReplicas_AreReportedTogether()
    {
        await using var redis = await RedisServerProcess.StartAsync(Cancel);
        await using var first = await StartReplicaAsync(redis);
        await using var second = await StartReplicaAsync(redis);

        await first.Client.GetAsync("/api/ask?q=" + Uri.EscapeDataString("how do I book a meeting room?"), Cancel);
        await second.Client.GetAsync("/api/ask?q=" + Uri.EscapeDataString("How do I book a meeting room? "), Cancel);
        var now = DateTimeOffset.UtcNow;
        await first.Services.GetRequiredService<IFeedbackStore>().AddFeedbackAsync(new FeedbackRecord(now, "web", "Does an MLE need Spark?", "Yes", ["p1"], false, null, null), Cancel);
        await second.Services.GetRequiredService<IFeedbackStore>().AddFeedbackAsync(new FeedbackRecord(now, "slack", "does an MLE need spark?", "Yes", ["p1"], true, null, "U1"), Cancel);

        var store = second.Services.GetRequiredService<IFeedbackStore>();
        Assert.IsType<RedisFeedbackStore>(store);
        Assert.Equal([("how do I book a meeting room?", 2)], await store.TopUnansweredAsync(5, Cancel));
        Assert.Equal([("Does an MLE need Spark?", 1, 1)], await store.WorstRatedAsync(5, Cancel));
        Assert.Equal(["slack", "web"], (await first.Services.GetRequiredService<IFeedbackStore>().RecentFeedbackAsync(5, Cancel)).Select(f => f.Channel));
    }

    [Fact]
    public async Task RedisDown_PlaygroundStillAnswersAndVoteGets503NotA500()
    {
        var port = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        port.Start();
        var closed = ((System.Net.IPEndPoint)port.LocalEndpoint).Port;
        port.Stop();
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = $"127.0.0.1:{closed},connectTimeout=300,asyncTimeout=300,syncTimeout=300,connectRetry=0",
        });

        var answer = await PlaygroundApiTests.AskAsync(server, "does an MLE need Spark?", Guid.NewGuid().ToString("N"));
        var vote = await server.Client.PostAsJsonAsync("/api/playground/feedback", new { question = "does an MLE need Spark?", helpful = true }, Cancel);

        Assert.True(answer.GetProperty("answered").GetBoolean());
        await AskApiTests.AssertProblemAsync(vote, System.Net.HttpStatusCode.ServiceUnavailable, "could not be stored");
    }
}
