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
    /// Embeds every passage and sentence not in <paramref name="cache"/>, reporting progress, then writes the cache back
    /// holding exactly the vectors in use.
    /// </summary>
    public static SemanticIndex Build(IReadOnlyList<Passage> passages, ITextEmbedder embedder, VectorCache cache,
        IProgress<LoadProgress>? progress, List<string> warnings)
    {
        var texts = new List<string>(passages.Count * 6);
        var sentenceStart = new int[passages.Count + 1];
        var sentenceTexts = new List<string>(passages.Count * 5);
        foreach (var passage in passages)
        {
            texts.Add(PassageText(passage));
        }

        for (var i = 0; i < passages.Count; i++)
        {
            sentenceStart[i] = sentenceTexts.Count;
            var context = SentenceContext(passages[i]);
            foreach (var range in RoleBot.Knowledge.Passages.Sentences.Split(passages[i].Text))
            {
                sentenceTexts.Add(context + passages[i].Text[range.Start..range.End]);
            }
        }

        sentenceStart[passages.Count] = sentenceTexts.Count;
        texts.AddRange(sentenceTexts);

        var keys = texts.Select(VectorCache.KeyOf).ToArray();
        var vectors = new Dictionary<UInt128, float[]>(keys.Length);
        var missing = new List<(UInt128 Key, string Text)>();
        var fromDisk = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            if (vectors.ContainsKey(keys[i]))
            {
                continue;
            }

            if (cache.TryGet(keys[i], out var cached))
            {
                vectors[keys[i]] = cached;
                fromDisk++;
            }
            else if (Recent.TryGetValue((embedder.ModelName, keys[i]), out cached))
            {
                vectors[keys[i]] = cached;
            }
            else
            {
                vectors[keys[i]] = [];                           // placeholder: filled below, keeps duplicates out of 'missing'
                missing.Add((keys[i], texts[i]));
            }
        }

        const int Chunk = 256;                                   // progress granularity
        for (var start = 0; start < missing.Count; start += Chunk)
        {
            var part = missing.GetRange(start, Math.Min(Chunk, missing.Count - start));
            var embedded = embedder.EmbedDocuments(part.Select(m => m.Text).ToList());
            for (var j = 0; j < part.Count; j++)
            {
                vectors[part[j].Key] = embedded[j];
                Remember(embedder.ModelName, part[j].Key, embedded[j]);
            }

            progress?.Report(new LoadProgress(start + part.Count, missing.Count, "embedding passages and sentences"));
        }

        if (fromDisk != vectors.Count || cache.Count != vectors.Count)
        {
            if (cache.Save(vectors, embedder.ModelName, embedder.Dimensions) is { } warning)
            {
                warnings.Add(warning);
            }
        }

        // Copy each vector into its matrix row and let go of it after its last use: at 100k passages the vectors are
        // about a gigabyte, and holding them per text and in the matrices at once doubled the peak memory of a load.
        cache.Release();
        var lastUse = new Dictionary<UInt128, int>(vectors.Count);
        for (var i = 0; i < keys.Length; i++)
        {
            lastUse[keys[i]] = i;
        }

        var passageMatrix = new VectorMatrix(passages.Count, embedder.Dimensions);
        var sentenceMatrix = new VectorMatrix(keys.Length - passages.Count, embedder.Dimensions);
        for (var i = 0; i < keys.Length; i++)
        {
            var vector = vectors[keys[i]];
            if (i < passages.Count)
            {
                passageMatrix.SetRow(i, vector);
            }
            else
            {
                sentenceMatrix.SetRow(i - passages.Count, vector);
            }

            if (lastUse[keys[i]] == i)
            {
                vectors.Remove(keys[i]);
            }
        }

        var index = new SemanticIndex(embedder, passageMatrix, sentenceMatrix, sentenceStart, missing.Count, fromDisk);
        index.OffTopicBaseline = RoleBot.Knowledge.Semantic.OffTopicBaseline.Measure(index);
        return index;
    }
}
