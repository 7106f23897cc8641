using System.Reflection;
using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Index;

public sealed class PassageIndexTests
{
    [Fact]
    public void Load_OnDiskIndex_ReusedUntilTheKnowledgeChanges()
    {
        using var folder = TestPaths.NewTempFolder();
        using var index = TestPaths.NewTempFolder();
        folder.Write("tester.md", "# Tester\n\n## Duties\n\nA tester checks every release before it ships.\n");

        using (var first = KnowledgeBase.Load(folder.Path, index.Path))
        {
            Assert.False(first.Stats.ReusedIndex);
        }

        using (var second = KnowledgeBase.Load(folder.Path, index.Path))
        {
            Assert.True(second.Stats.ReusedIndex);
            Assert.True(new AnswerComposer(second).Compose(second.Parser.Parse("what does a tester check?")).Answered);
        }

        folder.Write("tester.md", "# Tester\n\n## Duties\n\nA tester reviews every pull request with care.\n");
        File.SetLastWriteTimeUtc(Path.Combine(folder.Path, "tester.md"), DateTime.UtcNow.AddMinutes(1));
        using var third = KnowledgeBase.Load(folder.Path, index.Path);
        Assert.False(third.Stats.ReusedIndex);
        Assert.Contains("pull request", third.Passages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Core_References_NoAspNetOrChannelAssembly()
    {
        var references = typeof(KnowledgeBase).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("RoleBot", StringComparison.Ordinal) && r != "RoleBot.Knowledge");
        Assert.DoesNotContain(typeof(KnowledgeBase).Assembly.GetTypes(), t => t.Namespace?.Contains("Channels", StringComparison.Ordinal) == true);
    }
}
