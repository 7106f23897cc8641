using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace RoleBot.Knowledge.Index.Analysis;

/// <summary>Marks concept tokens (@role, ~synonym) as keywords so the stemmer leaves them intact.</summary>
public sealed class ConceptKeywordFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;
    private readonly IKeywordAttribute _keyword;

    public ConceptKeywordFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        if (_term.Length > 1 && _term.Buffer[0] is ConceptTokens.RolePrefix or ConceptTokens.SynonymPrefix)
        {
            _keyword.IsKeyword = true;
        }

        return true;
    }
}
