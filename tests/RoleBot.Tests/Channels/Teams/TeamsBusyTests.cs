using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Channels.Teams;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>RoleBot with its reply queue full: each activity kind answers "busy" the way its contract allows.</summary>
public sealed class TeamsBusyTests
{
    /// <summary>Status codes the Universal Action (adaptiveCard/action) invoke response may carry.</summary>
    private static readonly int[] UniversalActionStatuses = [200, 400, 401, 412, 500];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CardActionInvoke_QueueFull_AllowedInvokeResponseSayingBusy()
    {
        await using var bed = await BotFrameworkTestBed.StartAsync();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var queue = bed.Server.Services.GetRequiredService<ReplyQueue>();
        try
        {
            // The workers take the first items and wait on the gate; the rest fill the queue. Filled again after a
            // pause until nothing more fits, since the workers may start taking items only after the first round.
            var queued = 0;
            for (var added = -1; added != 0; await Task.Delay(200, Ct))
            {
                for (added = 0; queue.TryEnqueue(_ => gate.Task) && queued < 2 * ReplyQueue.Capacity; added++)
                {
                    queued++;
                }
            }

            Assert.InRange(queued, ReplyQueue.Capacity, ReplyQueue.Capacity + ReplyQueue.Workers);
            var invoke = TeamsActivities.CardActionInvoke(bed.Connector.ServiceUrl, "ask", "What does a data scientist do?");

            var response = await bed.PostAsync(invoke);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct))!;
            Assert.Contains((int)body["statusCode"]!, UniversalActionStatuses);
            Assert.Equal(200, (int)body["statusCode"]!);
            Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
            Assert.Contains("busy", (string?)body["value"], StringComparison.OrdinalIgnoreCase);

            // A message in the same state may use 503: Bot Service retries it.
            var message = TeamsActivities.Personal(bed.Connector.ServiceUrl, "What does a data scientist do?");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await bed.PostAsync(message)).StatusCode);
        }
        finally
        {
            gate.TrySetResult();
        }
    }
}
