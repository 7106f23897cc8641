using System.Diagnostics;
using RoleBot.Knowledge.Documents;
using RoleBot.Knowledge.Glossary;
using RoleBot.TestKit;
using RoleBot.Tests.Hosting;
using static RoleBot.Tests.Operations.KnowledgeReloadTests;

namespace RoleBot.Tests.Operations;

/// <summary>
/// Only regular files are knowledge (issue 11, item 7): a named pipe would block the reload forever (holding the reload
/// lock) and a symlink to /dev/zero would be read until memory runs out. Both are skipped with a warning.
/// </summary>
public sealed class KnowledgeFileTypeTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoadFile_NamedPipe_IsSkippedWithoutBlocking()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "named pipes in a folder are a Unix thing");
        using var folder = TestPaths.NewTempFolder();
        var pipe = MakeFifo(folder, "pipe.md");

        // A guard only: before the fix the read never returned.
        var (document, warning) = await Task.Run(() => DocumentLoader.CreateDefault().LoadFile(pipe, "pipe.md"), Cancel).WaitAsync(TimeSpan.FromSeconds(30), Cancel);

        Assert.Null(document);
        Assert.NotNull(warning);
        Assert.Contains("not a regular file", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_SymlinkToDevZero_IsSkippedWithoutReadingIt()
    {
        Assert.SkipUnless(File.Exists("/dev/zero"), "needs /dev/zero");
        using var folder = TestPaths.NewTempFolder();
        var link = Path.Combine(folder.Path, "zero.md");
        File.CreateSymbolicLink(link, "/dev/zero");
        var before = GC.GetAllocatedBytesForCurrentThread();

        var (document, warning) = DocumentLoader.CreateDefault().LoadFile(link, "zero.md");

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Null(document);
        Assert.NotNull(warning);
        Assert.True(allocated < 16 * 1024 * 1024, $"reading a device allocated {allocated:N0} bytes");
    }

    [Fact]
    public async Task GlossaryLoad_GlossaryIsANamedPipe_UsesBuiltInWithoutBlocking()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "named pipes in a folder are a Unix thing");
        using var folder = TestPaths.NewTempFolder();
        MakeFifo(folder, GlossaryFile.FileName);

        var (glossary, warning) = await Task.Run(() => GlossaryFile.Load(folder.Path), Cancel).WaitAsync(TimeSpan.FromSeconds(30), Cancel);

        Assert.NotEmpty(glossary.Roles);
        Assert.NotNull(warning);
    }

    [Fact]
    public async Task Reload_NamedPipeAndDeviceLinkAdded_ReloadCompletesAndReadyzCountsThem()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "needs mkfifo and /dev/zero");
        using var knowledge = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        await using var server = await RoleBotServer.StartAsync(new Dictionary<string, string?> { ["Reload:Debounce"] = "00:00:00.200", ["RateLimit:PermitsPerMinute"] = "0" }, knowledge.Path);
        await AskTextAsync(server, "spark");

        MakeFifo(knowledge, "pipe.md");
        File.CreateSymbolicLink(Path.Combine(knowledge.Path, "zero.md"), "/dev/zero");
        knowledge.Write("zoo/zebras.md", ZebraFile);

        await WaitForAsync(server, ZebraQuestion, a => a.GetProperty("text").GetString()!.Contains("quinoa", StringComparison.Ordinal));
        var ready = await WaitForReadyzAsync(server, r => r.GetProperty("skippedFiles").GetInt32() >= 2);
        Assert.Equal("ready", ready.GetProperty("status").GetString());
    }

    internal static string MakeFifo(TempFolder folder, string name)
    {
        var path = Path.Combine(folder.Path, name);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }
}
