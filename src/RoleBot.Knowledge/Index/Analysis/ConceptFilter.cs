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
    /// <summary>First size of the phrase key buffer: room for a phrase of several words (it grows for a longer one).</summary>
    private const int KeyChars = 64;

    private readonly ConceptLexicon _dictionary;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IKeywordAttribute _keyword;

    /// <summary>The last few words, newest first: the lexicon's entry where the word is part of a phrase, else null.</summary>
    private readonly (ConceptLexicon.Word? Word, int Start)[] _recent;
    private readonly Queue<(string Concept, int Start, int End)> _pending = new();
    private char[] _key = new char[KeyChars];
    private int _count;

    public ConceptFilter(TokenStream input, ConceptLexicon dictionary)
        : base(input)
    {
        _dictionary = dictionary;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
        _recent = new (ConceptLexicon.Word?, int)[Math.Max(1, dictionary.MaxWords)];
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

        // One lookup per word, as a span of the term buffer (most words are in no phrase and cost nothing more).
        var word = _dictionary.Find(_term.Buffer.AsSpan(0, _term.Length));
        Array.Copy(_recent, 0, _recent, 1, _recent.Length - 1);
        _recent[0] = (word is { InPhrase: true } ? word : null, _offset.StartOffset);
        _count = Math.Min(_count + 1, _recent.Length);
        var end = _offset.EndOffset;
        if (word?.Concepts is { Count: > 0 } single)
        {
            foreach (var concept in single)
            {
                _pending.Enqueue((concept, _offset.StartOffset, end));
            }
        }

        // Phrases ending here: every word back to the phrase's first must belong to some phrase.
        for (var words = 2; words <= _count && _recent[0].Word is not null && _recent[words - 1].Word is { } first; words++)
        {
            if (first.StartsPhrase && _dictionary.TryGet(Key(words), out var concepts))
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

    /// <summary>The last <paramref name="words"/> words joined by spaces, oldest first, in a reused buffer (no string per try).</summary>
    private ReadOnlySpan<char> Key(int words)
    {
        var length = words - 1;
        for (var i = 0; i < words; i++)
        {
            length += _recent[i].Word!.Text.Length;
        }

        if (_key.Length < length)
        {
            _key = new char[length * 2];
        }

        var at = 0;
        for (var i = words - 1; i >= 0; i--)
        {
            _recent[i].Word!.Text.CopyTo(_key.AsSpan(at));
            at += _recent[i].Word!.Text.Length;
            if (i > 0)
            {
                _key[at++] = ' ';
            }
        }

        return _key.AsSpan(0, length);
    }
}

/// <summary>Glossary phrases (as analysed terms joined by spaces) mapped to their concept tokens.</summary>
public sealed class ConceptLexicon
{
    private readonly Dictionary<string, List<string>> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>>.AlternateLookup<ReadOnlySpan<char>> _phrasesBySpan;

    /// <summary>Every word that is a phrase of its own or part of a longer one, with what the filter needs to know about it.</summary>
    private readonly Dictionary<string, Word> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;

    public ConceptLexicon()
    {
        _phrasesBySpan = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A word of the lexicon: its own concepts (when it is a phrase of one word) and its part in longer phrases.</summary>
    internal sealed class Word(string text)
    {
        public string Text { get; } = text;

        /// <summary>The concepts of the one-word phrase that is this word, or null.</summary>
        public List<string>? Concepts { get; set; }

        public bool StartsPhrase { get; set; }

        public bool InPhrase { get; set; }
    }

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

        if (terms.Count == 1)
        {
            WordFor(key).Concepts = concepts;
        }
        else
        {
            WordFor(terms[0]).StartsPhrase = true;
            foreach (var term in terms)
            {
                WordFor(term).InPhrase = true;
            }
        }

        MaxWords = Math.Max(MaxWords, terms.Count);
    }

    private Word WordFor(string term) => _words.TryGetValue(term, out var word) ? word : _words[term] = new Word(term);

    /// <summary>The lexicon's entry for a word (no allocation), or null when no phrase has it.</summary>
    internal Word? Find(ReadOnlySpan<char> term) => _wordsBySpan.TryGetValue(term, out var word) ? word : null;

    internal bool TryGet(ReadOnlySpan<char> key, out List<string> concepts) => _phrasesBySpan.TryGetValue(key, out concepts!) && concepts.Count > 0;
}
