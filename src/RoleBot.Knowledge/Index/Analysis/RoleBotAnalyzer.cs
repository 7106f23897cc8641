using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace RoleBot.Knowledge.Index.Analysis;

/// <summary>
/// English analysis for passages and questions: standard tokens, possessives dropped, lower case, stop words,
/// Porter stems, then the glossary's roles and synonyms injected as concept tokens (see <see cref="ConceptTokens"/>).
/// </summary>
public sealed class RoleBotAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>
    /// Lucene's English stop words, stemmed: stop words are removed after the glossary's phrases are matched, so a phrase
    /// never matches across a dropped word ("R are the languages" is not "R language"). Negation is read from raw text.
    /// </summary>
    internal static readonly CharArraySet StopWords = StemmedStopWords();

    private readonly SynonymMap? _concepts;

    public RoleBotAnalyzer(SynonymMap? concepts) => _concepts = concepts;

    /// <summary>The chain without concept injection; the glossary's phrases are analysed with it to build the map.</summary>
    public static RoleBotAnalyzer Base { get; } = new(null);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new PorterStemFilter(stream);
        if (_concepts is not null)
        {
            stream = new SynonymFilter(stream, _concepts, ignoreCase: false);
            stream = new StopFilter(Version, stream, StopWords);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }

    private static CharArraySet StemmedStopWords()
    {
        var stemmed = new CharArraySet(Version, 64, ignoreCase: false);
        using var stemmer = NewAnonymous((_, reader) =>
        {
            var keyword = new KeywordTokenizer(reader);
            return new TokenStreamComponents(keyword, new PorterStemFilter(keyword));
        });
        foreach (var word in StopAnalyzer.ENGLISH_STOP_WORDS_SET)
        {
            foreach (var term in TermAnalysis.Terms(stemmer, word.ToString()!))
            {
                stemmed.Add(term);
            }
        }

        return stemmed;
    }
}
