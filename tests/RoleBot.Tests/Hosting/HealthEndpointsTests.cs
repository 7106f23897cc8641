using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RoleBot.Tests.Hosting;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Healthz_RunningHost_ReturnsOk()
    {
        await using var server = await RoleBotServer.StartAsync();
        var response = await server.Client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_KnowledgeLoaded_ReportsPassages()
    {
        await using var server = await RoleBotServer.StartAsync();
        JsonElement ready = default;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var response = await server.Client.GetAsync("/readyz", TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                ready = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
                break;
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.True(ready.GetProperty("passages").GetInt32() > 20);
    }
}
