using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RoleBot.TestKit;

namespace RoleBot.Tests;

/// <summary>
/// A copy of knowledge/ plus one team document (team/ml-notes.md, tagged and owned) and optional channels.yml /
/// experts.yml, in a temporary folder per test.
/// </summary>
internal static class TeamKnowledge
{
    public const string TeamTitle = "ML team notes";

    /// <summary>Answered from the bundled knowledge and from the team document alike.</summary>
    public const string SparkQuestion = "Does an ML engineer need Spark?";

    /// <summary>Not covered by any document.</summary>
    public const string UncoveredQuestion = "How do I get a parking permit for the office garage?";

    public static TempFolder Create(string? channels = null, string? experts = null)
    {
        var folder = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        folder.Write("team/ml-notes.md", """
            ---
            title: ML team notes
            tags: [ml-team, onboarding]
            owners: [ana]
            ---
            # ML team notes

            ## Spark at our company

            An ML engineer on our team needs Spark for the nightly feature pipelines that feed every model.
            """);
        if (channels is not null)
        {
            folder.Write("channels.yml", channels);
        }

        if (experts is not null)
        {
            folder.Write("experts.yml", experts);
        }

        return folder;
    }

    /// <summary>/readyz once the knowledge is loaded (it loads in the background at startup).</summary>
    public static async Task<JsonElement> ReadyAsync(HttpClient client)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await client.GetAsync("/readyz", TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.OK || attempt > 200)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>The /readyz entry of one settings file.</summary>
    public static JsonElement ConfigFile(JsonElement ready, string name) =>
        ready.GetProperty("configFiles").EnumerateArray().Single(e => e.GetProperty("name").GetString() == name);

    /// <summary>Polls /readyz until the settings file's entry satisfies <paramref name="done"/> (live reload is asynchronous).</summary>
    public static async Task<JsonElement> WaitForConfigAsync(HttpClient client, string name, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var entry = ConfigFile(await ReadyAsync(client), name);
            if (done(entry))
            {
                return entry;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{name} never reached the expected state; last: {entry}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
