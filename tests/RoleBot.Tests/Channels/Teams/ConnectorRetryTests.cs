using System.Net;
using System.Text.Json.Nodes;

namespace RoleBot.Tests.Channels.Teams;

public sealed class ConnectorRetryTests
{
    [Fact]
    public async Task Connector429Then503Then200_Reply_ExactlyOneDeliveredAfterRetryAfter()
    {
        await using var bed = await BotFrameworkTestBed.StartAsync();
        bed.Connector.FailNext(429, retryAfter: "1", onlyType: "message");
        bed.Connector.FailNext(503, onlyType: "message");
        var activity = TeamsActivities.Personal(bed.Connector.ServiceUrl, "Does an ML engineer need Spark?");

        Assert.Equal(HttpStatusCode.OK, (await bed.PostAsync(activity)).StatusCode);
        await bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], TestContext.Current.CancellationToken);
        await Task.Delay(1500, TestContext.Current.CancellationToken);

        var answers = bed.Connector.Calls.Where(c => c.Type == "message" && c.Activity["entities"] is JsonArray).ToList();
        Assert.Equal([429, 503, 200], answers.Select(c => c.AnsweredStatus));
        Assert.Single(bed.Connector.Delivered, c => c.Type == "message" && c.Activity["entities"] is JsonArray);
        // Retry-After: 1 was honoured (the configured base delay is 50 ms).
        Assert.True(answers[1].ReceivedAt - answers[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), $"{answers[1].ReceivedAt - answers[0].ReceivedAt}");
    }

    [Fact]
    public async Task Connector400_Reply_NotRetried()
    {
        await using var bed = await BotFrameworkTestBed.StartAsync();
        bed.Connector.FailNext(400, onlyType: "message");
        var activity = TeamsActivities.Personal(bed.Connector.ServiceUrl, "help");

        Assert.Equal(HttpStatusCode.OK, (await bed.PostAsync(activity)).StatusCode);
        await bed.Connector.WaitForAsync(_ => bed.Connector.Calls.Any(c => c.Type == "message"), cancellationToken: TestContext.Current.CancellationToken);
        await Task.Delay(500, TestContext.Current.CancellationToken);
        Assert.Single(bed.Connector.Calls, c => c.Type == "message");
    }

    [Fact]
    public async Task TokenEndpointRefusesSecret_Message_AcknowledgedNothingSent()
    {
        await using var bed = await BotFrameworkTestBed.StartAsync(new Dictionary<string, string?> { ["MicrosoftAppPassword"] = "wrong-secret" });
        bed.Issuer.ClientSecret = BotFrameworkTestBed.AppPassword;
        var activity = TeamsActivities.Personal(bed.Connector.ServiceUrl, "What does a data scientist do?");

        Assert.Equal(HttpStatusCode.OK, (await bed.PostAsync(activity)).StatusCode);
        await bed.Issuer.WaitForTokenRequestsAsync(1, TestContext.Current.CancellationToken);
        await Task.Delay(500, TestContext.Current.CancellationToken);

        Assert.Empty(bed.Connector.Calls);
        Assert.Equal(HttpStatusCode.OK, (await bed.Server.Client.GetAsync("/healthz", TestContext.Current.CancellationToken)).StatusCode);
    }
}
