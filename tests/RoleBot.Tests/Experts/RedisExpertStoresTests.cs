using Microsoft.Extensions.DependencyInjection;
using RoleBot.Experts;
using RoleBot.Experts.Redis;
using RoleBot.TestKit.Operations;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Experts;

/// <summary>With Redis configured, hand-offs, curated answers and Teams references live in Redis, shared by replicas.</summary>
public sealed class RedisExpertStoresTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HandoffStore_TwoReplicas_SharedWithCompareAndSet()
    {
        await using var redis = await RedisServerProcess.StartAsync(Ct);
        var settings = new Dictionary<string, string?> { ["Redis:Configuration"] = redis.Configuration, ["Reload:Enabled"] = "false" };
        await using var first = await RoleBotServer.StartAsync(settings);
        await using var second = await RoleBotServer.StartAsync(settings);
        var a = first.Services.GetRequiredService<IHandoffStore>();
        var b = second.Services.GetRequiredService<IHandoffStore>();
        Assert.IsType<RedisHandoffStore>(a);

        var handoff = new Handoff
        {
            Id = "h1", CreatedAt = DateTimeOffset.UtcNow, Question = "Who grants feature-store access?", Reason = HandoffReason.NotCovered,
            AskerChannel = "slack", AskerId = "U0ALICE", Asker = new HandoffAddress { Platform = HandoffAddress.Slack, Channel = "C0CHANNEL", ThreadTs = "1.1" },
            Target = new HandoffAddress { Platform = HandoffAddress.Slack, Channel = "C0EXPERTS", ThreadTs = "2.2" }, State = HandoffState.Open,
        };
        await a.AddAsync(handoff, Ct);
        await a.AddAsync(handoff with { Id = "h0", CreatedAt = handoff.CreatedAt.AddMinutes(-1), Target = null, State = HandoffState.Undelivered }, Ct);

        Assert.Equal("Who grants feature-store access?", (await b.FindByTargetAsync("slack:2.2", Ct))!.Question);
        var answered = handoff with { State = HandoffState.Answered, AnswerText = "The platform team.", Version = 1 };
        Assert.True(await b.TryReplaceAsync(answered, expectedVersion: 0, Ct));
        Assert.False(await a.TryReplaceAsync(handoff with { State = HandoffState.TimedOut, Version = 1 }, expectedVersion: 0, Ct));
        Assert.Equal(HandoffState.Answered, (await a.GetAsync("h1", Ct))!.State);
        Assert.Equal(["h1", "h0"], (await a.ListAsync(10, cancellationToken: Ct)).Select(h => h.Id));
        Assert.Equal(["h0"], (await b.ListAsync(10, HandoffState.Undelivered, Ct)).Select(h => h.Id));

        var curated = first.Services.GetRequiredService<ICuratedAnswerStore>();
        await curated.SaveAsync(new CuratedAnswer("c1", ["Who grants feature-store access?"], "The platform team.", "Ana Lima", DateTimeOffset.UtcNow, [], "h1"), Ct);
        Assert.Equal("Ana Lima", Assert.Single(await second.Services.GetRequiredService<ICuratedAnswerStore>().ListAsync(Ct)).Owner);

        var reference = new ConversationReference("https://smba.example/", "19:x@thread.tacv2", "msteams", "28:bot", "RoleBot", null, DateTimeOffset.UtcNow);
        await first.Services.GetRequiredService<IConversationReferenceStore>().SetAsync("19:x@thread.tacv2", reference, Ct);
        Assert.Equal(reference, await second.Services.GetRequiredService<IConversationReferenceStore>().GetAsync("19:x@thread.tacv2", Ct));
    }
}
