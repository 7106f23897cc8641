using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoleBot.State;
using RoleBot.State.Redis;
using RoleBot.TestKit;
using RoleBot.TestKit.Operations;

namespace RoleBot.Tests.Operations;

/// <summary>
/// Unanswered questions are kept within <see cref="StateOptions.MaxUnanswered"/> and <see cref="StateOptions.UnansweredRetention"/>
/// (issue 11, item 10), in SQLite and in Redis alike: the oldest go first, votes are never touched.
/// </summary>
public sealed class UnansweredRetentionTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Start = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    private static StateOptions Limits(string database = "rolebot.db") => new()
    {
        FeedbackDatabase = database,
        MaxUnanswered = 5,
        UnansweredRetention = TimeSpan.FromDays(30),
    };

    [Fact]
    public async Task Sqlite_MoreThanTheLimit_KeepsTheNewest()
    {
        using var folder = TestPaths.NewTempFolder();
        var store = new SqliteFeedbackStore(Options.Create(Limits(Path.Combine(folder.Path, "rolebot.db"))));
        await AssertKeepsNewestAsync(store);
    }

    [Fact]
    public async Task Sqlite_OlderThanTheRetention_IsRemovedButVotesStay()
    {
        using var folder = TestPaths.NewTempFolder();
        var store = new SqliteFeedbackStore(Options.Create(Limits(Path.Combine(folder.Path, "rolebot.db"))));
        await AssertAgesOutAsync(store);
    }

    [Fact]
    public async Task Redis_MoreThanTheLimit_KeepsTheNewest()
    {
        await using var redis = await RedisServerProcess.StartAsync(Cancel);
        await using var connection = await ConnectAsync(redis);
        await AssertKeepsNewestAsync(RedisStore(connection));
    }

    [Fact]
    public async Task Redis_OlderThanTheRetention_IsRemovedButVotesStay()
    {
        await using var redis = await RedisServerProcess.StartAsync(Cancel);
        await using var connection = await ConnectAsync(redis);
        await AssertAgesOutAsync(RedisStore(connection));
    }

    private static async Task AssertKeepsNewestAsync(IFeedbackStore store)
    {
        for (var i = 0; i < 12; i++)
        {
            await store.AddUnansweredAsync(new UnansweredRecord(Start.AddMinutes(i), "api", $"Where is meeting room {i}?"), Cancel);
        }

        var kept = (await store.TopUnansweredAsync(100, Cancel)).Select(q => q.Question).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(Enumerable.Range(7, 5).Select(i => $"Where is meeting room {i}?").Order(StringComparer.Ordinal), kept);
    }

    private static async Task AssertAgesOutAsync(IFeedbackStore store)
    {
        await store.AddFeedbackAsync(new FeedbackRecord(Start, "web", "Where is the old room?", "No idea", [], false, null, null), Cancel);
        await store.AddUnansweredAsync(new UnansweredRecord(Start, "api", "Where is the old room?"), Cancel);
        await store.AddUnansweredAsync(new UnansweredRecord(Start.AddDays(10), "api", "Where is the recent room?"), Cancel);

        await store.AddUnansweredAsync(new UnansweredRecord(Start.AddDays(31), "api", "Where is the new room?"), Cancel);

        var kept = (await store.TopUnansweredAsync(100, Cancel)).Select(q => q.Question).Order(StringComparer.Ordinal);
        Assert.Equal(["Where is the new room?", "Where is the recent room?"], kept);
        Assert.Equal([("Where is the old room?", 1, 0)], await store.WorstRatedAsync(10, Cancel));
    }

    private static RedisFeedbackStore RedisStore(RedisConnection connection) =>
        new(connection, Options.Create(new RedisStateOptions()), Options.Create(Limits()));

    private static async Task<RedisConnection> ConnectAsync(RedisServerProcess redis)
    {
        var connection = new RedisConnection(Options.Create(new RedisStateOptions { Configuration = redis.Configuration }), NullLogger<RedisConnection>.Instance);
        await connection.ConnectAsync(Cancel);
        return connection;
    }
}
