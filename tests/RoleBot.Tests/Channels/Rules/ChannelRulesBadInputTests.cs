using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RoleBot.TestKit;
using RoleBot.Tests.Hosting;

namespace RoleBot.Tests.Channels.Rules;

/// <summary>A broken channels.yml: warnings in /readyz (counts, no paths), good entries and last good settings kept, never a 500.</summary>
public sealed class ChannelRulesBadInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> AskApiAsync(RoleBotServer server, string question)
    {
        var response = await server.Client.GetAsync("/api/ask?q=" + Uri.EscapeDataString(question), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static IEnumerable<string> Sources(JsonElement answer) =>
        answer.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("source").GetString()!);

    [Fact]
    public async Task InvalidEntries_ReportedAsCountsAndSkipped_GoodEntriesKept()
    {
        using var knowledge = TeamKnowledge.Create(channels: """
            defaults:
              folders: [team/]
            slack:
              general: { trigger: question }          # not a channel id
              C0BADTRIGGER: { trigger: always }        # unknown trigger
              C0BADFOLDERS: { folders: { a: b } }      # not a list
              C0ESCAPE: { folders: [../secrets] }      # outside the knowledge folder
              C0GOOD: { folders: [team/], colour: blue }   # kept; unknown key warned
            surprise: 1
            """);
        await using var server = await RoleBotServer.StartAsync(knowledge: knowledge.Path);

        var ready = await TeamKnowledge.ReadyAsync(server.Client);
        var entry = TeamKnowledge.ConfigFile(ready, "channels.yml");
        Assert.Equal("warnings", entry.GetProperty("state").GetString());
        Assert.Equal(1, entry.GetProperty("entries").GetInt32());
        Assert.Equal(6, entry.GetProperty("warnings").GetInt32());
        var raw = ready.GetRawText();
        Assert.DoesNotContain(knowledge.Path, raw, StringComparison.Ordinal);
        Assert.DoesNotContain("secrets", raw, StringComparison.Ordinal);

        // The valid defaults still apply to the REST API.
        Assert.All(Sources(await AskApiAsync(server, TeamKnowledge.SparkQuestion)), s => Assert.StartsWith("team/", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MalformedYaml_AfterGoodFile_LastGoodSettingsStay()
    {
        using var knowledge = TeamKnowledge.Create(channels: "defaults:\n  folders: [team/]\n");
        await using var server = await RoleBotServer.StartAsync(knowledge: knowledge.Path);
        Assert.Equal("ok", TeamKnowledge.ConfigFile(await TeamKnowledge.ReadyAsync(server.Client), "channels.yml").GetProperty("state").GetString());

        knowledge.Write("channels.yml", "defaults: [unclosed\n  folders: {\n");
        var entry = await TeamKnowledge.WaitForConfigAsync(server.Client, "channels.yml", e => e.GetProperty("state").GetString() == "invalid");
        Assert.DoesNotContain("/", entry.GetProperty("message").GetString()!, StringComparison.Ordinal);

        Assert.All(Sources(await AskApiAsync(server, TeamKnowledge.SparkQuestion)), s => Assert.StartsWith("team/", s, StringComparison.Ordinal));

        knowledge.Write("channels.yml", "defaults:\n  folders: []\n");
        await TeamKnowledge.WaitForConfigAsync(server.Client, "channels.yml", e => e.GetProperty("state").GetString() == "ok");
        Assert.Contains(Sources(await AskApiAsync(server, TeamKnowledge.SparkQuestion)), s => !s.StartsWith("team/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoRulesFile_ReportedAbsent_EverythingSearched()
    {
        using var knowledge = TeamKnowledge.Create();
        await using var server = await RoleBotServer.StartAsync(knowledge: knowledge.Path);
        Assert.Equal("absent", TeamKnowledge.ConfigFile(await TeamKnowledge.ReadyAsync(server.Client), "channels.yml").GetProperty("state").GetString());
        Assert.Contains(Sources(await AskApiAsync(server, TeamKnowledge.SparkQuestion)), s => !s.StartsWith("team/", StringComparison.Ordinal));
    }
}
