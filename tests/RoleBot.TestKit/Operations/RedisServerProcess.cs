using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace RoleBot.TestKit.Operations;

/// <summary>
/// A real redis-server (the Debian package) on a free 127.0.0.1 port, without persistence, stopped on dispose.
/// Tests never use a Redis that happens to be running on 6379.
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private Process _process;
    private int _stopped;

    private RedisServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    /// <summary>StackExchange.Redis configuration string for this server.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisServerProcess> StartAsync(CancellationToken cancellationToken)
    {
        // Picking a port then starting redis is racy; a few attempts cover the rare collision.
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var server = new RedisServerProcess(Launch(port), port);
            if (await server.WaitListeningAsync(cancellationToken))
            {
                return server;
            }

            await server.DisposeAsync();
            if (attempt == 3)
            {
                throw new InvalidOperationException("redis-server did not listen on a free port after 3 attempts");
            }
        }
    }

    /// <summary>Kills the server (an outage); <see cref="RestartAsync"/> brings a new, empty one up on the same port.</summary>
    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
        }
    }

    /// <summary>Starts redis-server again on the same port after <see cref="StopAsync"/>.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await StopAsync();
        _process.Dispose();
        // The port was ours a moment ago; another process taking it in between is unlikely, so a few tries suffice.
        for (var attempt = 1; ; attempt++)
        {
            _process = Launch(Port);
            if (await WaitListeningAsync(cancellationToken))
            {
                return;
            }

            if (attempt == 5)
            {
                throw new InvalidOperationException($"redis-server did not listen again on port {Port}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    private static Process Launch(int port)
    {
        var start = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--port", $"{port}", "--bind", "127.0.0.1", "--save", "", "--appendonly", "no" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<bool> WaitListeningAsync(CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, cancellationToken);
                return true;
            }
            catch (SocketException)
            {
                await Task.Delay(20, cancellationToken);
            }
        }

        return false;
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                await _process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
            }
        }
        catch (InvalidOperationException)
        {
        }
        finally
        {
            _process.Dispose();
        }
    }
}
