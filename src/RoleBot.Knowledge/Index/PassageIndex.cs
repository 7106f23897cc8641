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

    /// <summary>Indexes <paramref name="passages"/> into <paramref name="directory"/> (a RAMDirectory or an on-disk one).</summary>
    /// <param name="textTokens">
    /// Each passage's text as <paramref name="analyzer"/> analysed it already (same order as <paramref name="passages"/>),
    /// or null where it was not: the text field is indexed from these tokens instead of being analysed again.
    /// </param>
    public static PassageIndex Build(IReadOnlyList<Passage> passages, RoleBotAnalyzer analyzer, LuceneDirectory directory,
        IReadOnlyList<IReadOnlyList<AnalyzedToken>?>? textTokens = null)
    {
        var config = new IndexWriterConfig(RoleBotAnalyzer.Version, analyzer)
        {
            Similarity = new BM25Similarity(),
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 256,
        };
        using (var writer = new IndexWriter(directory, config))
        {
            // IndexWriter takes documents from many threads; each thread reuses its own field instances.
            var ranges = System.Collections.Concurrent.Partitioner.Create(0, passages.Count, Math.Max(256, passages.Count / (Environment.ProcessorCount * 4) + 1));
            Parallel.ForEach(ranges, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, range =>
            {
                var text = new TextField(TextField, "", Field.Store.NO);
                var head = new TextField(HeadField, "", Field.Store.NO);
                var ordinal = new NumericDocValuesField(OrdinalField, 0);
                // A field keeps a token stream once given one, so analysed and replayed texts each have their own.
                var replay = new TokenReplay();
                var replayed = new TextField(TextField, replay);
                for (var i = range.Item1; i < range.Item2; i++)
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
            });
            writer.Commit();
        }

        return new PassageIndex(directory);
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
