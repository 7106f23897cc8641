using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace RoleBot.TestKit.Slack;

public sealed partial class FakeSlackApi
{
    private readonly Channel<FakeSocketConnection> _sockets = Channel.CreateUnbounded<FakeSocketConnection>();
    private readonly System.Collections.Concurrent.ConcurrentBag<FakeSocketConnection> _allSockets = [];

    private void ReleaseSockets()
    {
        foreach (var socket in _allSockets)
        {
            socket.Release();
        }
    }

    /// <summary>Waits for RoleBot's next Socket Mode connection (default 20 s).</summary>
    public async Task<FakeSocketConnection> NextSocketAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        return await _sockets.Reader.ReadAsync(cts.Token);
    }

    private async Task AcceptSocketAsync(HttpContext http)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeSocketConnection(socket);
        _allSockets.Add(connection);
        await _sockets.Writer.WriteAsync(connection);

        // Keep the request (and so the socket) alive until the test or RoleBot closes it.
        await connection.Closed;
    }
}

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
