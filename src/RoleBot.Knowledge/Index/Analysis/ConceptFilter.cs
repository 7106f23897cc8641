using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace RoleBot.Knowledge.Index.Analysis;

/// <summary>
/// Passes every token through and, after the last word of a glossary phrase, adds its concept token (position
/// increment 0, offsets spanning the whole phrase). A plain dictionary over the last few terms: several times faster
/// than Lucene's SynonymFilter for this use, where the originals are always kept and no phrase queries are run.
/// </summary>
public sealed class ConceptFilter : TokenFilter
{
    private readonly ConceptLexicon _dictionary;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IKeywordAttribute _keyword;
    private readonly (string? Term, int Start)[] _recent;
    private readonly Queue<(string Concept, int Start, int End)> _pending = new();
    private int _count;

    public ConceptFilter(TokenStream input, ConceptLexicon dictionary)
        : base(input)
    {
        _dictionary = dictionary;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _recent = new (string?, int)[Math.Max(1, dictionary.MaxWords)];
    }

    public override bool IncrementToken()
    {
        if (_pending.Count > 0)
        {
            var (concept, conceptStart, conceptEnd) = _pending.Dequeue();
            ClearAttributes();
            _term.SetEmpty().Append(concept);
            _offset.SetOffset(conceptStart, conceptEnd);
            _increment.PositionIncrement = 0;
            _keyword.IsKeyword = true;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        // Look words up as spans of the term buffer: only words that belong to a phrase are kept as strings.
        var span = _term.Buffer.AsSpan(0, _term.Length);
        Array.Copy(_recent, 0, _recent, 1, _recent.Length - 1);
        _recent[0] = (_dictionary.PhraseWord(span), _offset.StartOffset);
        _count = Math.Min(_count + 1, _recent.Length);
        var end = _offset.EndOffset;
        if (_dictionary.TryGet(span, out var single))
        {
            foreach (var concept in single)
            {
                _pending.Enqueue((concept, _offset.StartOffset, end));
            }
        }

        for (var words = 2; words <= _count && _recent[words - 1].Term is not null; words++)
        {
            if (_dictionary.StartsPhrase(_recent[words - 1].Term!) && _dictionary.TryGet(Key(words), out var concepts))
            {
                foreach (var concept in concepts)
                {
                    _pending.Enqueue((concept, _recent[words - 1].Start, end));
                }
            }
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _pending.Clear();
        _count = 0;
    }

    private string Key(int words)
    {
        var parts = new string[words];
        for (var i = 0; i < words; i++)
        {
            parts[i] = _recent[words - 1 - i].Term!;
        }

        return string.Join(' ', parts);
    }
}

/// <summary>Glossary phrases (as analysed terms joined by spaces) mapped to their concept tokens.</summary>
public sealed class ConceptLexicon
{
    private readonly Dictionary<string, List<string>> _phrases = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _phraseWords = new(StringComparer.Ordinal);

    public int MaxWords { get; private set; } = 1;

    public int Count => _phrases.Count;

    public void Add(IReadOnlyList<string> terms, string concept)
    {
        if (terms.Count == 0)
        {
            return;
        }

        var key = string.Join(' ', terms);
        if (!_phrases.TryGetValue(key, out var concepts))
        {
            _phrases[key] = concepts = [];
        }

        if (!concepts.Contains(concept))
        {
            concepts.Add(concept);
        }

        if (terms.Count > 1)
        {
            _firstWords.Add(terms[0]);
            _phraseWords.UnionWith(terms);
        }

        MaxWords = Math.Max(MaxWords, terms.Count);
    }

    internal bool StartsPhrase(string term) => _firstWords.Contains(term);

    /// <summary>The stored string for a word that is part of some phrase (no allocation), else null.</summary>
    internal string? PhraseWord(ReadOnlySpan<char> term) =>
        _phraseWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(term, out var word) ? word : null;

    internal bool TryGet(ReadOnlySpan<char> key, out List<string> concepts) =>
        _phrases.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out concepts!) && concepts.Count > 0;

    internal bool TryGet(string key, out List<string> concepts) => _phrases.TryGetValue(key, out concepts!) && concepts.Count > 0;
}
