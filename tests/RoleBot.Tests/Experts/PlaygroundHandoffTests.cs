using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RoleBot.TestKit;
using RoleBot.Tests.Channels.Slack;
using RoleBot.Tests.Hosting;
using static RoleBot.Tests.Experts.SlackExpertSteps;

namespace RoleBot.Tests.Experts;

/// <summary>The playground's "Ask an expert": the question goes to the Slack experts channel; the page polls for the answer.</summary>
public sealed class PlaygroundHandoffTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlaygroundAsk_ExpertRepliesInSlack_PollShowsCreditedAnswer_Save()
    {
        using var knowledge = TeamKnowledge.Create(experts: ExpertsYaml);
        await using var host = await SlackHost.StartAsync(new Dictionary<string, string?> { ["Knowledge:Path"] = knowledge.Path });
        var client = host.Server.Client;

        var started = await client.PostAsJsonAsync("/api/playground/handoff", new { question = TeamKnowledge.UncoveredQuestion, reason = "not_covered", sessionId = "s-1" }, Ct);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var handoff = await started.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("open", handoff.GetProperty("state").GetString());
        Assert.Contains("passed your question to the experts", handoff.GetProperty("message").GetString(), StringComparison.Ordinal);
        var id = handoff.GetProperty("id").GetString()!;

        var posted = (await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && (string?)c.Body["channel"] == "C0EXPERTS"))[0].Body;
        Assert.Contains("a playground user", string.Join("\n", Texts(posted["blocks"])), StringComparison.Ordinal);

        var stored = await HandoffAsync(host.Server.Services);
        await host.PostEventAsync(ThreadReply("C0EXPERTS", stored.Target!.ThreadTs!, "U0ANA", "The platform team grants it.", "1700000402.000001"));

        // What the page does: poll until the expert has answered.
        var polled = await client.GetFromJsonAsync<JsonElement>($"/api/playground/handoffs/{id}", Ct);
        for (var i = 0; i < 200 && polled.GetProperty("state").GetString() != "answered"; i++)
        {
            await Task.Delay(50, Ct);
            polled = await client.GetFromJsonAsync<JsonElement>($"/api/playground/handoffs/{id}", Ct);
        }

        Assert.Equal("answered", polled.GetProperty("state").GetString());
        Assert.Equal("Ana Lima", polled.GetProperty("expert").GetString());
        Assert.Equal("Ana Lima answered: The platform team grants it.", polled.GetProperty("message").GetString());

        var save = await client.PostAsync($"/api/playground/handoffs/{id}/save", null, Ct);
        Assert.Equal(HttpStatusCode.OK, save.StatusCode);
        Assert.True((await save.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("saved").GetBoolean());
    }

    [Theory]
    [InlineData("{\"question\":\"\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"question\":\"How do I get access?\",\"reason\":\"bored\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"question\":\"How do I get access?\",\"citations\":[null]}", HttpStatusCode.BadRequest)]
    [InlineData("not json", HttpStatusCode.BadRequest)]
    public async Task PlaygroundAsk_BadBody_ProblemNot500(string body, HttpStatusCode expected)
    {
        using var knowledge = TeamKnowledge.Create(experts: ExpertsYaml);
        await using var server = await RoleBotServer.StartAsync(knowledge: knowledge.Path);
        var response = await server.Client.PostAsync("/api/playground/handoff", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PlaygroundHandoffs_UnknownIdOrNoExpertsFile_404()
    {
        using var knowledge = TeamKnowledge.Create();
        await using var server = await RoleBotServer.StartAsync(knowledge: knowledge.Path);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/playground/handoffs/nope", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.PostAsync("/api/playground/handoffs/nope/save", null, Ct)).StatusCode);
        var start = await server.Client.PostAsJsonAsync("/api/playground/handoff", new { question = TeamKnowledge.UncoveredQuestion }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
    }
}
