using RoleBot.Knowledge.Documents;
using RoleBot.Knowledge.Passages;

namespace RoleBot.Knowledge.Semantic;

/// <summary>
/// Meaning vectors beside the Lucene index: one per passage (title, section and text) for finding candidates, one per
/// sentence for choosing the excerpt that answers. Sentence <c>j</c> of passage <c>i</c> is row
/// <c>SentenceStart[i] + j</c> of <see cref="Sentences"/>, in the order <see cref="RoleBot.Knowledge.Passages.Sentences.Split"/> gives.
/// </summary>
public sealed class SemanticIndex
{
    private readonly int[] _sentenceStart;

    private SemanticIndex(ITextEmbedder embedder, VectorMatrix passages, VectorMatrix sentences, int[] sentenceStart, int embedded, int reused)
    {
        Embedder = embedder;
        Passages = passages;
        Sentences = sentences;
        _sentenceStart = sentenceStart;
        Embedded = embedded;
        Reused = reused;
    }

    public ITextEmbedder Embedder { get; }

    public VectorMatrix Passages { get; }

    public VectorMatrix Sentences { get; }

    /// <summary>Texts the model embedded for this build (the rest came from the disk cache or this process's memory).</summary>
    public int Embedded { get; }

    /// <summary>Distinct texts whose vectors were read from the vector cache on disk.</summary>
    public int Reused { get; }

    /// <summary>Median best-sentence similarity of unrelated questions (<see cref="OffTopicBaseline"/>).</summary>
    public float OffTopicBaseline { get; private set; }

    public int SentenceRow(int passage, int sentence) => _sentenceStart[passage] + sentence;

    public int SentenceCount(int passage) => _sentenceStart[passage + 1] - _sentenceStart[passage];

    /// <summary>
    /// Vectors computed by this process, whatever folder they came from (default at most 50,000, about 75 MiB): a
    /// reload, a second knowledge folder with the same documents, or a test copying a folder embeds nothing twice.
    /// </summary>
    public const int MaxRecentVectors = 50_000;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Model, UInt128 Key), float[]> Recent = new();

    private static void Remember(string model, UInt128 key, float[] vector)
    {
        if (Recent.Count >= MaxRecentVectors)
        {
            Recent.Clear();                                      // bounded and simple: the disk cache still holds them
        }

        Recent[(model, key)] = vector;
    }

    /// <summary>What a passage is embedded as: where it sits and what it says.</summary>
    public static string PassageText(Passage passage) =>
        passage.Section == passage.DocumentTitle || passage.Section.Length == 0
            ? $"{passage.DocumentTitle}\n{passage.Text}"
            : $"{passage.DocumentTitle}: {passage.Section}\n{passage.Text}";

    /// <summary>
    /// What a sentence is embedded with: its section heading, which says what a bare list item ("4 or more automated
    /// models") is about ("Senior Data Scientist requirements").
    /// </summary>
    public static string SentenceContext(Passage passage) =>
        passage.Section.Length == 0 || passage.Section == passage.DocumentTitle ? $"{passage.DocumentTitle}: " : $"{passage.DocumentTitle}, {passage.Section}: ";

    /// <summary>
    /// Fills the passage and sentence matrices: from <paramref name="cache"/> where it has a text's vector, else from this
    /// process's memory, else by embedding (each distinct text once), reporting progress; then writes the cache back
    /// holding exactly the vectors in use. Each vector goes straight into its matrix row, and texts are made again for
    /// the few to embed rather than kept: at 100k passages the vectors are about 1.3 GiB and the texts of 900k sentences
    /// several hundred MiB, and holding the vectors twice, beside every text, set the peak memory of a load.
    /// </summary>
    public static SemanticIndex Build(IReadOnlyList<Passage> passages, ITextEmbedder embedder, VectorCache cache,
        IProgress<LoadProgress>? progress, List<string> warnings)
    {
        // Row r is passage r for r < passages.Count, then sentence row r - passages.Count.
        var keys = new List<UInt128>(passages.Count * 6);
        var sentenceStart = new int[passages.Count + 1];
        foreach (var passage in passages)
        {
            keys.Add(VectorCache.KeyOf(PassageText(passage)));
        }

        for (var i = 0; i < passages.Count; i++)
        {
            sentenceStart[i] = keys.Count - passages.Count;
            foreach (var text in SentenceTexts(passages[i]))
            {
                keys.Add(VectorCache.KeyOf(text));
            }
        }

        sentenceStart[passages.Count] = keys.Count - passages.Count;
        var passageMatrix = new VectorMatrix(passages.Count, embedder.Dimensions);
        var sentenceMatrix = new VectorMatrix(keys.Count - passages.Count, embedder.Dimensions);
        Memory<float> Row(int row) => row < passages.Count ? passageMatrix.RowMemory(row) : sentenceMatrix.RowMemory(row - passages.Count);

        var firstRow = new Dictionary<UInt128, int>(keys.Count);
        var duplicates = new List<(int Row, int First)>();        // a text seen before: copied from its first row at the end
        var missing = new List<int>();                            // first rows of texts to embed, in row order
        var cached = cache.Count;
        var fromDisk = 0;
        try
        {
            for (var row = 0; row < keys.Count; row++)
            {
                if (!firstRow.TryAdd(keys[row], row))
                {
                    duplicates.Add((row, firstRow[keys[row]]));
                }
                else if (cache.TryCopy(keys[row], Row(row).Span))
                {
                    fromDisk++;
                }
                else if (Recent.TryGetValue((embedder.ModelName, keys[row]), out var recent))
                {
                    recent.CopyTo(Row(row).Span);
                }
                else
                {
                    missing.Add(row);
                }
            }
        }
        finally
        {
            cache.Release();                                     // closes the file, also when a build fails
        }

        if (cache.Warning is { } problem)
        {
            warnings.Add(problem);
        }

        const int Chunk = 256;                                   // progress granularity
        var done = 0;
        foreach (var part in TextsOf(passages, sentenceStart, missing).Chunk(Chunk))
        {
            var embedded = embedder.EmbedDocuments(part);
            for (var j = 0; j < part.Length; j++)
            {
                var row = missing[done + j];
                embedded[j].CopyTo(Row(row));
                Remember(embedder.ModelName, keys[row], embedded[j]);
            }

            done += part.Length;
            progress?.Report(new LoadProgress(done, missing.Count, "embedding passages and sentences"));
        }

        foreach (var (row, first) in duplicates)
        {
            Row(first).CopyTo(Row(row));
        }

        if (fromDisk != firstRow.Count || cached != firstRow.Count)
        {
            var keep = new List<(UInt128, ReadOnlyMemory<float>)>(firstRow.Count);
            for (var row = 0; row < keys.Count; row++)
            {
                if (firstRow[keys[row]] == row)
                {
                    keep.Add((keys[row], Row(row)));
                }
            }

            if (cache.Save(keep, embedder.ModelName, embedder.Dimensions) is { } warning)
            {
                warnings.Add(warning);
            }
        }

        var index = new SemanticIndex(embedder, passageMatrix, sentenceMatrix, sentenceStart, missing.Count, fromDisk);
        index.OffTopicBaseline = RoleBot.Knowledge.Semantic.OffTopicBaseline.Measure(index);
        return index;
    }

    /// <summary>What each sentence of a passage is embedded as, in <see cref="RoleBot.Knowledge.Passages.Sentences.Split"/> order.</summary>
    private static IEnumerable<string> SentenceTexts(Passage passage)
    {
        var context = SentenceContext(passage);
        foreach (var range in RoleBot.Knowledge.Passages.Sentences.Split(passage.Text))
        {
            yield return context + passage.Text[range.Start..range.End];
        }
    }

    /// <summary>The texts of <paramref name="rows"/> (ascending, as <see cref="Build"/> numbers them), splitting only passages that have one.</summary>
    private static IEnumerable<string> TextsOf(IReadOnlyList<Passage> passages, int[] sentenceStart, List<int> rows)
    {
        var next = 0;
        for (; next < rows.Count && rows[next] < passages.Count; next++)
        {
            yield return PassageText(passages[rows[next]]);
        }

        for (var i = 0; next < rows.Count; i++)
        {
            var row = passages.Count + sentenceStart[i];
            if (rows[next] >= passages.Count + sentenceStart[i + 1])
            {
                continue;
            }

            foreach (var text in SentenceTexts(passages[i]))
            {
                if (next < rows.Count && rows[next] == row)
                {
                    yield return text;
                    next++;
                }

                row++;
            }
        }
    }
}
