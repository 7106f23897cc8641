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
