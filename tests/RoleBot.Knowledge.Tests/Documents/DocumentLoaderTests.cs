using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Documents;

public sealed class DocumentLoaderTests
{
    [Fact]
    public void Load_FolderWithBadFiles_SkipsThemWithWarningsAndIndexesTheRest()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("good.md", "# Tester\n\n## Duties\n\nA tester checks every release before it ships.\n");
        File.WriteAllBytes(Path.Combine(folder.Path, "binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]);
        folder.Write("notes.pdf", "%PDF-1.4");
        folder.Write("slides.key", "a keynote file");
        folder.Write("empty.md", "");

        using var knowledge = KnowledgeBase.Load(folder.Path);

        Assert.Equal(1, knowledge.Stats.Documents);
        Assert.Contains(knowledge.Warnings, w => w.SourcePath == "binary.txt" && w.Message.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(knowledge.Warnings, w => w.SourcePath == "notes.pdf" && w.Message.Contains("damaged", StringComparison.Ordinal));
        Assert.Contains(knowledge.Warnings, w => w.SourcePath == "slides.key" && w.Message.Contains("unsupported", StringComparison.Ordinal));
        Assert.Contains(knowledge.Warnings, w => w.SourcePath == "empty.md");
    }

    [Fact]
    public void Load_MissingFolder_ThrowsOneLineMessage()
    {
        var error = Assert.Throws<KnowledgeLoadException>(() => KnowledgeBase.Load("/nonexistent/rolebot-knowledge"));
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyFolder_ThrowsOneLineMessage()
    {
        using var folder = TestPaths.NewTempFolder();
        var error = Assert.Throws<KnowledgeLoadException>(() => KnowledgeBase.Load(folder.Path));
        Assert.Contains("is empty", error.Message, StringComparison.Ordinal);
    }
}
