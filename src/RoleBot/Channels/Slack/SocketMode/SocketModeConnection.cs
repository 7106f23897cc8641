using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoleBot.Channels.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: reads frames, acknowledges every envelope by its envelope_id at once (Slack redelivers
/// after 3 s), hands the payload to the dispatcher, and ends on disconnect, close or error.
/// </summary>
internal sealed class SocketModeConnection(Uri url, SocketModeDispatcher dispatcher, ILogger logger) : IDisposable
{
    /// <summary>Largest frame accepted; Slack's payloads are a few KB.</summary>
    public const int MaxMessageBytes = 1024 * 1024;

    public enum Outcome
    {
        Refresh,
        Failed,
        Disabled,
    }

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _send = new(1, 1);

    public async Task<Outcome> RunAsync(CancellationToken cancellationToken)
    {
        var greeted = false;
        try
        {
            _socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
            await _socket.ConnectAsync(url, cancellationToken);
            while (_socket.State == WebSocketState.Open)
            {
                var text = await ReceiveAsync(cancellationToken);
                if (text is null)
                {
                    break;
                }

                using var document = SlackJson.TryParseObject(text);
                if (document is null)
                {
                    logger.LogWarning("Socket Mode: ignoring a frame that is not a JSON object");
                    continue;
                }

                var frame = document.RootElement;
                switch (frame.Str("type"))
                {
                    case "hello":
                        greeted = true;
                        logger.LogInformation("Socket Mode connected");
                        break;
                    case "disconnect":
                        logger.SocketDisconnect(frame.Str("reason"));
                        await CloseAsync();
                        return frame.Str("reason") == "link_disabled" ? Outcome.Disabled : Outcome.Refresh;
                    default:
                        if (frame.Str("envelope_id") is { } envelopeId)
                        {
                            var (ack, response) = dispatcher.Dispatch(frame);
                            if (ack)
                            {
                                await AckAsync(envelopeId, response, cancellationToken);
                            }
                        }

                        break;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or InvalidOperationException || ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Socket Mode connection failed: {Error}", ex.Message);
        }
        catch (OperationCanceledException)
        {
            await CloseAsync();
            return Outcome.Refresh;
        }

        // A socket that dropped after a good hello is refreshed at once; one that never greeted backs off.
        return greeted ? Outcome.Refresh : Outcome.Failed;
    }

    private async Task AckAsync(string envelopeId, JsonObject? payload, CancellationToken cancellationToken)
    {
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (payload is not null)
        {
            ack["payload"] = payload;
        }

        var bytes = Encoding.UTF8.GetBytes(ack.ToJsonString());
        await _send.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _send.Release();
        }
    }

    private async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync();
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (message.Length > MaxMessageBytes)
            {
                throw new InvalidOperationException($"a Socket Mode frame exceeded {MaxMessageBytes} bytes");
            }

            if (result.EndOfMessage)
            {
                return result.MessageType == WebSocketMessageType.Text ? Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length) : "";
            }
        }
    }

    private async Task CloseAsync()
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
            {
            }
        }
    }

    public void Dispose()
    {
        _socket.Dispose();
        _send.Dispose();
    }
}
