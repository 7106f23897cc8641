using RoleBot.Knowledge.Passages;
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
    public void Build_Restart_ReadsEveryVectorFromDiskAndEmbedsNone()
    {
        using var cache = TestPaths.NewTempFolder();
        var passages = Facts(60);
        var model = new CountingEmbedder();
        var first = SemanticIndex.Build(passages, model, VectorCache.Open(cache.Path, model.ModelName, model.Dimensions, "scope"), null, []);
        var restarted = new CountingEmbedder(model.ModelName);

        var warnings = new List<string>();
        var second = SemanticIndex.Build(passages, restarted, VectorCache.Open(cache.Path, model.ModelName, model.Dimensions, "scope"), null, warnings);

        Assert.Empty(restarted.Embedded);
        Assert.Equal(0, second.Embedded);
        Assert.Equal(first.Embedded, second.Reused);
        Assert.Empty(warnings);
        AssertRowsEqual(first.Passages, second.Passages);
        AssertRowsEqual(first.Sentences, second.Sentences);
    }

    [Fact]
    public void Build_RepeatedTexts_EmbedsEachOnceAndSharesItsVector()
    {
        using var cache = TestPaths.NewTempFolder();
        var passages = Passages("Spark is used. Models ship weekly.", "Spark is used. Models ship weekly.", "Spark is used.");
        var model = new CountingEmbedder();

        var index = SemanticIndex.Build(passages, model, VectorCache.Open(cache.Path, model.ModelName, model.Dimensions, "scope"), null, []);

        Assert.Equal(4, index.Embedded);                          // two passage texts, two sentences
        Assert.Equal(4, model.Embedded.Distinct().Count());
        Assert.Equal(4, model.Embedded.Count);
        Assert.Equal(index.Passages.Row(0).ToArray(), index.Passages.Row(1).ToArray());
        Assert.Equal(2, index.SentenceCount(0));
        float[] Sentence(int passage, int sentence) => index.Sentences.Row(index.SentenceRow(passage, sentence)).ToArray();
        Assert.Equal(Sentence(0, 0), Sentence(1, 0));
        Assert.Equal(Sentence(0, 0), Sentence(2, 0));
        Assert.Equal(Sentence(0, 1), Sentence(1, 1));
        Assert.Equal(CountingEmbedder.Vector("Doc, Section: Models ship weekly."), Sentence(1, 1));

        using var reopened = VectorCache.Open(cache.Path, model.ModelName, model.Dimensions, "scope");
        Assert.Equal(4, reopened.Count);                          // each distinct text saved once
    }

    [Fact]
    public void Build_CacheCutShortAfterOpening_EmbedsTheRestWithAWarning()
    {
        using var cache = TestPaths.NewTempFolder();
        var passages = Facts(100);
        var model = new CountingEmbedder();
        // Only the passages' vectors on disk, written directly: a build would also leave them in this process's memory.
        var vectors = passages.Select(p => (VectorCache.KeyOf(SemanticIndex.PassageText(p)), (ReadOnlyMemory<float>)CountingEmbedder.Vector(SemanticIndex.PassageText(p)))).ToList();
        VectorCache.Open(cache.Path, model.ModelName, model.Dimensions, "scope").Save(vectors, model.ModelName, model.Dimensions);
        var opened = VectorCache.Open(cache.Path, model.ModelName, model.Dimensions, "scope");
        var file = Directory.GetFiles(cache.Path, "vectors-*.bin").Single();
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            stream.SetLength(stream.Length / 2);
        }

        var warnings = new List<string>();
        var index = SemanticIndex.Build(passages, model, opened, null, warnings);

        Assert.Contains(warnings, w => w.Contains("became unreadable", StringComparison.Ordinal));
        Assert.InRange(index.Reused, 1, 49);                      // read before the cut, the rest embedded
        Assert.Equal(index.Passages.Count + index.Sentences.Count - index.Reused, index.Embedded);
        for (var i = 0; i < passages.Count; i++)
        {
            Assert.Equal(CountingEmbedder.Vector(SemanticIndex.PassageText(passages[i])), index.Passages.Row(i).ToArray());
        }

        using var rewritten = VectorCache.Open(cache.Path, model.ModelName, model.Dimensions, "scope");
        Assert.Null(rewritten.Warning);
        Assert.Equal(index.Passages.Count + index.Sentences.Count, rewritten.Count);
    }

    [Theory]
    [InlineData("cut")]
    [InlineData("key")]
    [InlineData("not-unit")]
    public void TryCopy_FileChangedAfterOpening_IsAMissAndAWarning(string damage)
    {
        using var cache = TestPaths.NewTempFolder();
        var vectors = Enumerable.Range(0, 200).Select(i => (VectorCache.KeyOf($"text {i}"), (ReadOnlyMemory<float>)CountingEmbedder.Vector($"text {i}"))).ToList();
        VectorCache.Open(cache.Path, "m", 384, "scope").Save(vectors, "m", 384);
        using var opened = VectorCache.Open(cache.Path, "m", 384, "scope");
        var file = Directory.GetFiles(cache.Path, "vectors-*.bin").Single();
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.ReadWrite))
        {
            var last = stream.Length - (16 + (4 * 384));
            switch (damage)
            {
                case "cut":
                    stream.SetLength(last);
                    break;
                case "key":
                    stream.Position = last;
                    stream.Write(new byte[16]);
                    break;
                default:
                    stream.Position = stream.Length - 4;
                    stream.Write(BitConverter.GetBytes(5f));
                    break;
            }
        }

        var destination = new float[384];
        Assert.True(opened.TryCopy(vectors[0].Item1, destination));    // read before the change
        Assert.Equal(vectors[0].Item2.ToArray(), destination);

        Assert.False(opened.TryCopy(vectors[199].Item1, destination));
        Assert.Contains("became unreadable", opened.Warning, StringComparison.Ordinal);
        Assert.False(opened.TryCopy(vectors[1].Item1, destination));    // and nothing more is read from it
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
        VectorCache.Open(cache.Path, "minilm", 384, "scope").Save([(VectorCache.KeyOf("a"), CountingEmbedder.Vector("a"))], "minilm", 384);
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

        var warning = VectorCache.Open(blocked, "arctic-xs", 384, "scope").Save([], "arctic-xs", 384);

        Assert.Contains("could not be written", warning, StringComparison.Ordinal);
    }

    private static List<Passage> Facts(int count) =>
        Passages([.. Enumerable.Range(0, count).Select(i => $"Team {i} deploys models with tool {i}.")]);

    private static List<Passage> Passages(params string[] texts) =>
        [.. texts.Select((text, i) => new Passage($"doc.md#{i}", "Doc", "Section", "doc.md", null, text, [], null) { Ordinal = i })];

    private static void AssertRowsEqual(VectorMatrix expected, VectorMatrix actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected.Row(i).ToArray(), actual.Row(i).ToArray());
        }
    }

    /// <summary>
    /// A unit vector per text (one dimension chosen by its hash), recording what it embeds. Named afresh by default: this
    /// process's memory of recent vectors is keyed by model, and a test must see the disk cache alone.
    /// </summary>
    private sealed class CountingEmbedder(string? name = null) : ITextEmbedder
    {
        public string ModelName { get; } = name ?? $"counting-{Guid.NewGuid():N}";

        public int Dimensions => 384;

        public List<string> Embedded { get; } = [];

        public float[][] EmbedDocuments(IReadOnlyList<string> texts, CancellationToken cancellation = default)
        {
            Embedded.AddRange(texts);
            return [.. texts.Select(Vector)];
        }

        public float[] EmbedQuery(string question) => Vector(question);

        public static float[] Vector(string text)
        {
            var vector = new float[384];
            vector[(int)(VectorCache.KeyOf(text) % 384)] = 1;
            return vector;
        }
    }
}
