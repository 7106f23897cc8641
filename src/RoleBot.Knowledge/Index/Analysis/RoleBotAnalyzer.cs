using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace RoleBot.Knowledge.Index.Analysis;

/// <summary>
/// English analysis for passages and questions. Roles are matched on lightly stemmed words (plurals only), so
/// "developers" is the developer role but "develop" is not; other glossary terms are matched on Porter stems; stop
/// words are dropped last, so a glossary phrase never matches across a dropped word ("R are the languages").
/// Chain: standard tokens, possessives, lower case, American spellings, plural stems, roles, Porter stems, synonyms,
/// stop words.
/// </summary>
public sealed class RoleBotAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly ConceptLexicon? _roles;
    private readonly ConceptLexicon? _synonyms;
    private readonly Stage _stage;

    /// <summary>How far the chain runs; the glossary's phrases are analysed with the shorter chains to build its maps.</summary>
    internal enum Stage
    {
        RoleKeys,
        SynonymKeys,
        Full,
    }

    public RoleBotAnalyzer(ConceptLexicon? roles, ConceptLexicon? synonyms)
        : this(roles, synonyms, Stage.Full)
    {
    }

    private RoleBotAnalyzer(ConceptLexicon? roles, ConceptLexicon? synonyms, Stage stage)
    {
        _roles = roles;
        _synonyms = synonyms;
        _stage = stage;
    }

    internal static RoleBotAnalyzer RoleKeys { get; } = new(null, null, Stage.RoleKeys);

    internal static RoleBotAnalyzer SynonymKeys { get; } = new(null, null, Stage.SynonymKeys);

    /// <summary>The full chain without a glossary (used where no glossary applies).</summary>
    public static RoleBotAnalyzer Base { get; } = new(null, null, Stage.Full);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new SpellingVariantFilter(stream);
        stream = new EnglishMinimalStemFilter(stream);
        if (_stage == Stage.RoleKeys)
        {
            return new TokenStreamComponents(tokenizer, stream);
        }

        if (_roles is not null)
        {
            stream = new ConceptFilter(stream, _roles);
        }

        stream = new PorterStemFilter(stream);
        if (_stage == Stage.SynonymKeys)
        {
            return new TokenStreamComponents(tokenizer, stream);
        }

        if (_synonyms is not null)
        {
            stream = new ConceptFilter(stream, _synonyms);
        }

        stream = new StopFilter(Version, stream, StemmedStopWords);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>Lucene's English stop words as they look after stemming ("this" is "thi").</summary>
    private static readonly CharArraySet StemmedStopWords = Stem(StopAnalyzer.ENGLISH_STOP_WORDS_SET);

    private static CharArraySet Stem(CharArraySet words)
    {
        var stemmed = new CharArraySet(Version, 64, ignoreCase: false);
        using var stemmer = NewAnonymous((_, reader) =>
        {
            var tokenizer = new KeywordTokenizer(reader);
            return new TokenStreamComponents(tokenizer, new PorterStemFilter(new EnglishMinimalStemFilter(tokenizer)));
        });
        foreach (var word in words)
        {
            foreach (var term in TermAnalysis.Terms(stemmer, word.ToString()!))
            {
                stemmed.Add(term);
            }
        }

        return stemmed;
    }
}
