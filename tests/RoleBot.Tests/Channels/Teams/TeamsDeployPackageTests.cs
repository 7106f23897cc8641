using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using RoleBot.TestKit;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>deploy/teams/package.sh builds the zip Teams accepts: manifest and both icons at the root, ids filled in.</summary>
public sealed class TeamsDeployPackageTests
{
    [Fact]
    public async Task PackageScript_AppIdAndHost_ZipWithManifestAndIconsAtRoot()
    {
        using var folder = TestPaths.NewTempFolder();
        var zip = Path.Combine(folder.Path, "app.zip");
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(TestPaths.RepoRoot, "deploy", "teams", "package.sh"), BotFrameworkTestBed.AppId, "rolebot.example.com", zip })
        {
            info.ArgumentList.Add(arg);
        }

        using (var process = Process.Start(info)!)
        {
            var err = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, await err);
        }

        using var archive = ZipFile.OpenRead(zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order());
        using var manifest = JsonDocument.Parse(archive.GetEntry("manifest.json")!.Open());
        var root = manifest.RootElement;
        Assert.Equal(BotFrameworkTestBed.AppId, root.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.EndsWith($"/v{root.GetProperty("manifestVersion").GetString()}/MicrosoftTeams.schema.json", root.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("{{", root.GetRawText(), StringComparison.Ordinal);
        Assert.Equal((192, 192), PngSize(archive.GetEntry(root.GetProperty("icons").GetProperty("color").GetString()!)!));
        Assert.Equal((32, 32), PngSize(archive.GetEntry(root.GetProperty("icons").GetProperty("outline").GetString()!)!));
    }

    [Fact]
    public async Task PackageScript_NotAGuid_FailsWithUsage()
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(TestPaths.RepoRoot, "deploy", "teams", "package.sh"));
        info.ArgumentList.Add("not-a-guid");
        using var process = Process.Start(info)!;
        var err = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("usage", err, StringComparison.Ordinal);
    }

    private static (int Width, int Height) PngSize(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, header[..4]);
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }
}
