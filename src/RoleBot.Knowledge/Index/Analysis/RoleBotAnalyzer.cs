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

    /// <summary>Lucene's English stop words; "not"/"no" are kept out of the index but negation is read from the raw text.</summary>
    internal static readonly CharArraySet StopWords = StopAnalyzer.ENGLISH_STOP_WORDS_SET;

    private readonly SynonymMap? _concepts;

    public RoleBotAnalyzer(SynonymMap? concepts) => _concepts = concepts;

    /// <summary>The chain without concept injection; the glossary's phrases are analysed with it to build the map.</summary>
    public static RoleBotAnalyzer Base { get; } = new(null);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, StopWords);
        stream = new PorterStemFilter(stream);
        if (_concepts is not null)
        {
            stream = new SynonymFilter(stream, _concepts, ignoreCase: false);
        }

        return new TokenStreamComponents(tokenizer, stream);
    }
}
