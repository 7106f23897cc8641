using RoleBot.Knowledge.Semantic;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Semantic;

/// <summary>The on-disk vector cache: reused on restart, never trusted when corrupt or foreign, rebuilt with a warning.</summary>
public sealed class VectorCacheTests
{
    [Fact]
    public void Load_Twice_SecondLoadEmbedsNothing()
    {
        using var cache = TestPaths.NewTempFolder();
        var settings = new SemanticSettings(CachePath: cache.Path);

        using var first = KnowledgeBase.Load(TestPaths.Knowledge, semantic: settings);
        using var second = KnowledgeBase.Load(TestPaths.Knowledge, semantic: settings);

        Assert.Equal(0, first.Semantic!.Reused);                 // a new cache folder: nothing on disk yet
        Assert.Equal(0, second.Semantic!.Embedded);
        Assert.True(second.Semantic.Reused > first.Passages.Count);   // every passage and sentence from disk
        Assert.Equal(first.Semantic.Passages.Row(3).ToArray(), second.Semantic.Passages.Row(3).ToArray());
    }

    [Fact]
    public void Load_OneDocumentChanged_EmbedsOnlyItsTexts()
    {
        using var knowledge = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        using var cache = TestPaths.NewTempFolder();
        var settings = new SemanticSettings(CachePath: cache.Path);
        using (KnowledgeBase.Load(knowledge.Path, semantic: settings))
        {
        }

        using var before = KnowledgeBase.Load(knowledge.Path, semantic: settings);
        knowledge.Write("extra.md", "# On-call\n\nEvery ML engineer joins the pager rotation after three months.\n");

        using var after = KnowledgeBase.Load(knowledge.Path, semantic: settings);

        Assert.Equal(before.Semantic!.Reused, after.Semantic!.Reused);   // every old text still from disk
        Assert.InRange(after.Semantic.Embedded, 1, 4);                    // the new passage and its sentence(s)
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("not-unit")]
    public void Load_CorruptCache_RebuildsWithWarning(string damage)
    {
        using var cache = TestPaths.NewTempFolder();
        var settings = new SemanticSettings(CachePath: cache.Path);
        using (KnowledgeBase.Load(TestPaths.Knowledge, semantic: settings))
        {
        }

        var file = Directory.GetFiles(cache.Path, "vectors-*.bin").Single();
        var bytes = File.ReadAllBytes(file);
        switch (damage)
        {
            case "garbage":
                File.WriteAllText(file, "this is not a vector cache");
                break;
            case "truncated":
                File.WriteAllBytes(file, bytes[..(bytes.Length - 7)]);
                break;
            default:
                BitConverter.GetBytes(5f).CopyTo(bytes, bytes.Length - 4);   // one vector no longer unit-length
                File.WriteAllBytes(file, bytes);
                break;
        }

        using var reloaded = KnowledgeBase.Load(TestPaths.Knowledge, semantic: settings);

        Assert.Contains(reloaded.Warnings, w => w.Message.Contains("vector cache could not be used", StringComparison.Ordinal));
        Assert.Equal(0, reloaded.Semantic!.Reused);               // nothing trusted from the damaged file
        using var again = KnowledgeBase.Load(TestPaths.Knowledge, semantic: settings);
        Assert.True(again.Semantic!.Reused > 0);                   // and written back whole
        Assert.DoesNotContain(again.Warnings, w => w.SourcePath == "(vectors)");
    }

    [Fact]
    public void Open_CacheOfAnotherModel_IsNotTrusted()
    {
        using var cache = TestPaths.NewTempFolder();
        var vectors = new Dictionary<UInt128, float[]> { [VectorCache.KeyOf("a")] = Unit(384) };
        VectorCache.Open(cache.Path, "minilm", 384, "scope").Save(vectors, "minilm", 384);
        File.Move(Path.Combine(cache.Path, "vectors-minilm-scope.bin"), Path.Combine(cache.Path, "vectors-arctic-xs-scope.bin"));

        var opened = VectorCache.Open(cache.Path, "arctic-xs", 384, "scope");

        Assert.Equal(0, opened.Count);
        Assert.Contains("minilm", opened.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_ReadOnlyFolder_IsAWarningNotAFailure()
    {
        using var cache = TestPaths.NewTempFolder();
        var blocked = Path.Combine(cache.Path, "file-not-folder");
        File.WriteAllText(blocked, "");

        var warning = VectorCache.Open(blocked, "arctic-xs", 384, "scope").Save(new Dictionary<UInt128, float[]>(), "arctic-xs", 384);

        Assert.Contains("could not be written", warning, StringComparison.Ordinal);
    }

    private static float[] Unit(int dimensions)
    {
        var vector = new float[dimensions];
        vector[0] = 1;
        return vector;
    }
}
