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
    public void Load_OnDiskIndexWithoutItsPassageFile_IsRebuilt()
    {
        using var folder = TestPaths.NewTempFolder();
        using var index = TestPaths.NewTempFolder();
        folder.Write("tester.md", "# Tester\n\n## Duties\n\nA tester checks every release before it ships.\n");
        using (KnowledgeBase.Load(folder.Path, index.Path))
        {
        }

        File.Delete(Directory.GetFiles(index.Path, "*.passages.json").Single());
        using var again = KnowledgeBase.Load(folder.Path, index.Path);

        Assert.False(again.Stats.ReusedIndex);
        Assert.True(new AnswerComposer(again).Compose(again.Parser.Parse("what does a tester check?")).Answered);
        using var reused = KnowledgeBase.Load(folder.Path, index.Path);
        Assert.True(reused.Stats.ReusedIndex);
        Assert.Equal(again.Passages, reused.Passages, (a, b) => a.Id == b.Id && a.Text == b.Text && a.Ordinal == b.Ordinal && a.Roles.SequenceEqual(b.Roles));
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
