using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Passages;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace RoleBot.Knowledge.Index;

/// <summary>The Lucene index of passages (BM25). Search returns passage ordinals and scores.</summary>
public sealed class PassageIndex : IDisposable
{
    public const string TextField = "text";
    public const string HeadField = "head";
    public const string RoleField = "role";

    /// <summary>Marks passages that open a document or section ("start"), which overview questions prefer.</summary>
    public const string MarkField = "mark";
    private const string OrdinalField = "ord";

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly int[] _ordinals;

    private PassageIndex(LuceneDirectory directory)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        // NumericDocValues is not safe for concurrent readers (concurrent questions read wrong ordinals), so the
        // doc -> ordinal map is read once here and Search stays thread-safe.
        var values = MultiDocValues.GetNumericValues(_reader, OrdinalField);
        _ordinals = new int[values is null ? 0 : _reader.MaxDoc];
        for (var doc = 0; doc < _ordinals.Length; doc++)
        {
            _ordinals[doc] = (int)values!.Get(doc);
        }
    }

    public IndexSearcher Searcher { get; }

    public int DocumentCount => _reader.NumDocs;

    /// <summary>
    /// Passages below which one writer indexes them all: a smaller share does not pay for a second writer and the copy
    /// of its segment into the index (the default knowledge, 77 passages, is indexed on one thread).
    /// </summary>
    internal const int MinPassagesPerWriter = 256;

    /// <summary>
    /// RAM a writer fills before it flushes a segment: 256 MB holds well over 100k passages, so each writer flushes
    /// once, when it is done.
    /// </summary>
    private const double RamBufferMB = 256;

    /// <summary>Indexes <paramref name="passages"/> into <paramref name="directory"/> (a RAMDirectory or an on-disk one).</summary>
    /// <param name="textTokens">
    /// Each passage's text as <paramref name="analyzer"/> analysed it already (same order as <paramref name="passages"/>),
    /// or null where it was not: the text field is indexed from these tokens instead of being analysed again.
    /// </param>
    /// <param name="writers">How many threads index (each its own share of the passages); by default one per core.</param>
    /// <remarks>
    /// Each thread indexes a contiguous share of the passages with its own writer, in order, into a segment of its own;
    /// the segments are then added to <paramref name="directory"/> in passage order. Document ids therefore equal
    /// passage ordinals however many threads indexed, so ties in score (broken by document id) rank the same in every
    /// run. One writer shared by several threads, as before, numbered documents in whatever order the threads reached
    /// it, and equal-score hits of a large knowledge came back in a different order from run to run. Separate writers
    /// also flush their segments in parallel, which a shared writer's commit did on one thread.
    /// </remarks>
    public static PassageIndex Build(IReadOnlyList<Passage> passages, RoleBotAnalyzer analyzer, LuceneDirectory directory,
        IReadOnlyList<IReadOnlyList<AnalyzedToken>?>? textTokens = null, int? writers = null)
    {
        var count = Math.Max(1, Math.Min(writers ?? Environment.ProcessorCount, passages.Count / MinPassagesPerWriter));
        if (count == 1)
        {
            Write(passages, 0, passages.Count, analyzer, directory, textTokens);
            return new PassageIndex(directory);
        }

        var shares = new LuceneDirectory[count];
        try
        {
            Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = count }, share =>
            {
                shares[share] = new RAMDirectory();
                Write(passages, passages.Count * share / count, passages.Count * (share + 1) / count, analyzer, shares[share], textTokens);
            });
            using var writer = new IndexWriter(directory, Config(analyzer));
            writer.AddIndexes(shares);                             // in this order: segment after segment, ids follow ordinals
            writer.Commit();
        }
        finally
        {
            foreach (var share in shares)
            {
                share?.Dispose();
            }
        }

        return new PassageIndex(directory);
    }

    private static IndexWriterConfig Config(RoleBotAnalyzer analyzer) => new(RoleBotAnalyzer.Version, analyzer)
    {
        Similarity = new BM25Similarity(),
        OpenMode = OpenMode.CREATE,
        RAMBufferSizeMB = RamBufferMB,
        // A one-shot build: merging would only copy the segments again, and Lucene's default policy may merge segments
        // that are not adjacent, which would put documents out of passage order.
        MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
        // Each segment as its own files, not copied once more into one compound file (a few dozen files on disk).
        UseCompoundFile = false,
    };

    /// <summary>Indexes passages [<paramref name="from"/>, <paramref name="to"/>) in order, on this thread, into <paramref name="directory"/>.</summary>
    private static void Write(IReadOnlyList<Passage> passages, int from, int to, RoleBotAnalyzer analyzer, LuceneDirectory directory,
        IReadOnlyList<IReadOnlyList<AnalyzedToken>?>? textTokens)
    {
        using var writer = new IndexWriter(directory, Config(analyzer));
        // Field instances are reused from document to document (Lucene reads them only during AddDocument).
        var text = new TextField(TextField, "", Field.Store.NO);
        var head = new TextField(HeadField, "", Field.Store.NO);
        var ordinal = new NumericDocValuesField(OrdinalField, 0);
        // A field keeps a token stream once given one, so analysed and replayed texts each have their own.
        var replay = new TokenReplay();
        var replayed = new TextField(TextField, replay);
        for (var i = from; i < to; i++)
        {
            var passage = passages[i];
            var tokens = textTokens?[i];
            if (tokens is null)
            {
                text.SetStringValue(passage.Text);
            }
            else
            {
                replay.Replay(tokens, passage.Text.Length);
            }

            head.SetStringValue($"{passage.DocumentTitle}\n{passage.Section}");
            ordinal.SetInt64Value(passage.Ordinal);
            var document = new Document { tokens is null ? text : replayed, head, ordinal };
            foreach (var role in passage.Roles)
            {
                document.Add(new StringField(RoleField, role, Field.Store.NO));
            }

            if (passage.Position <= 2 || passage.Section == "Introduction")
            {
                document.Add(new StringField(MarkField, "start", Field.Store.NO));
            }

            writer.AddDocument(document);
        }

        writer.Commit();
    }

    /// <summary>Opens an index written earlier (its passages are in <see cref="PassageStore"/>).</summary>
    public static PassageIndex Open(LuceneDirectory directory) => new(directory);

    public List<(int Ordinal, float Score)> Search(Query query, int count) => Search(query, count, null);

    /// <summary>The best <paramref name="count"/> hits among passages whose ordinal <paramref name="allowed"/> accepts (a pre-filter, not a cut of the top hits).</summary>
    public List<(int Ordinal, float Score)> Search(Query query, int count, Func<int, bool>? allowed)
    {
        var top = allowed is null ? Searcher.Search(query, count) : Searcher.Search(query, new OrdinalFilter(_ordinals, allowed), count);
        var hits = new List<(int, float)>(top.ScoreDocs.Length);
        foreach (var hit in top.ScoreDocs)
        {
            hits.Add((_ordinals[hit.Doc], hit.Score));
        }

        return hits;
    }

    /// <summary>Lucene filter admitting the documents whose passage ordinal passes a predicate.</summary>
    private sealed class OrdinalFilter(int[] ordinals, Func<int, bool> allowed) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, Lucene.Net.Util.IBits acceptDocs)
        {
            var reader = context.AtomicReader;
            var bits = new Lucene.Net.Util.FixedBitSet(reader.MaxDoc);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                var global = context.DocBase + doc;
                if ((acceptDocs is null || acceptDocs.Get(doc)) && global < ordinals.Length && allowed(ordinals[global]))
                {
                    bits.Set(doc);
                }
            }

            return bits;
        }
    }

    public int DocFreq(string field, string term) => _reader.DocFreq(new Term(field, term));

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    public static LuceneDirectory InMemory() => new RAMDirectory();

    public static LuceneDirectory OnDisk(string path) => FSDirectory.Open(path);
}
