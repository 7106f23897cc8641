using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>Malformed or unexpected requests on /api/messages: a 4xx with ProblemDetails or a polite ignore, never 500.</summary>
public sealed class TeamsBadInputTests(AuthenticatedBotFixture fixture) : IClassFixture<AuthenticatedBotFixture>
{
    private BotFrameworkTestBed Bed => fixture.Bed;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json", string? serviceUrl = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        var token = Bed.Issuer.MintChannelToken(BotFrameworkTestBed.AppId, serviceUrl ?? Bed.Connector.ServiceUrl);
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + token);
        return await Bed.Server.Client.SendAsync(request, Ct);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"type\": 42}")]
    [InlineData("{\"text\": \"no type\"}")]
    [InlineData("")]
    public async Task MalformedActivity_Post_400ProblemDetails(string body)
    {
        var response = await PostRawAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessageWithoutConversation_Post_400()
    {
        var activity = TeamsActivities.Personal(Bed.Connector.ServiceUrl, "What does a data scientist do?");
        activity.Remove("conversation");
        var response = await Bed.PostAsync(activity);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnknownActivityType_Post_200AndIgnored()
    {
        var activity = TeamsActivities.Personal(Bed.Connector.ServiceUrl, "hello");
        activity["type"] = "somethingNew";
        var response = await Bed.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(300, Ct);
        Assert.DoesNotContain(Bed.Connector.Calls, c => c.ReplyToId == (string?)activity["id"]);
    }

    [Fact]
    public async Task UnknownInvoke_Post_501NoReply()
    {
        var activity = TeamsActivities.CardActionInvoke(Bed.Connector.ServiceUrl, "ask", "x");
        activity["name"] = "composeExtension/query";
        var response = await Bed.PostAsync(activity);
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task OversizedBody_Post_413()
    {
        var activity = TeamsActivities.Personal(Bed.Connector.ServiceUrl, new string('a', 1_100_000));
        var response = await Bed.PostAsync(activity);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task TooLongQuestion_Message_FriendlyReplyNotError()
    {
        var activity = TeamsActivities.Personal(Bed.Connector.ServiceUrl, string.Join(' ', Enumerable.Repeat("skills", 400)));
        Assert.Equal(HttpStatusCode.OK, (await Bed.PostAsync(activity)).StatusCode);
        var reply = await Bed.Connector.WaitForMessageAsync(c => c.ReplyToId == (string?)activity["id"], Ct);
        Assert.DoesNotContain("[1]", (string?)reply.Activity["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonJsonContentType_Post_415()
    {
        var response = await PostRawAsync("type=message", "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task GetMessages_Get_405()
    {
        var response = await Bed.Server.Client.GetAsync("/api/messages", Ct);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task NonHttpServiceUrl_Message_400()
    {
        var activity = TeamsActivities.Personal("file:///etc/passwd", "hello");
        var response = await Bed.PostAsync(activity);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task MentionOnly_EmptyQuestion_200NoReply()
    {
        var activity = TeamsActivities.Mention(TeamsActivities.Personal(Bed.Connector.ServiceUrl, ""));
        activity["value"] = new JsonObject { ["unrelated"] = true };
        Assert.Equal(HttpStatusCode.OK, (await Bed.PostAsync(activity)).StatusCode);
        await Task.Delay(300, Ct);
        Assert.DoesNotContain(Bed.Connector.Calls, c => c.ReplyToId == (string?)activity["id"]);
    }
}
