using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace RoleBot.TestKit.Slack;

/// <summary>The Slack side of one Socket Mode WebSocket: send frames, read RoleBot's acks.</summary>
public sealed class FakeSocketConnection(WebSocket socket)
{
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Closed => _closed.Task;

    public async Task SendAsync(JsonObject frame) =>
        await socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next text frame from RoleBot as JSON (default timeout 20 s); null when RoleBot closed the socket.</summary>
    public async Task<JsonObject?> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        using var message = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                _closed.TrySetResult();
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return JsonNode.Parse(Encoding.UTF8.GetString(message.ToArray())) as JsonObject;
            }
        }
    }

    /// <summary>Ends the fake's side so its request completes.</summary>
    public void Release() => _closed.TrySetResult();
}
