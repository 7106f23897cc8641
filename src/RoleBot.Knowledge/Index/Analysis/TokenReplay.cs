using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace RoleBot.Knowledge.Index.Analysis;

/// <summary>
/// A token stream that replays tokens analysed earlier (terms, offsets, position increments and lengths exactly as the
/// analyzer gave them), so Lucene indexes a passage from the tokens the load already has instead of analysing it again.
/// One instance per indexing thread; <see cref="Replay"/> points it at the next passage.
/// </summary>
public sealed class TokenReplay : TokenStream
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly IPositionLengthAttribute _length;
    private IReadOnlyList<AnalyzedToken> _tokens = [];
    private int _finalOffset;
    private int _next;
    private int _position;

    public TokenReplay()
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _length = AddAttribute<IPositionLengthAttribute>();
    }

    /// <summary>Replays <paramref name="tokens"/> of a text of <paramref name="textLength"/> characters from the next reset.</summary>
    public TokenReplay Replay(IReadOnlyList<AnalyzedToken> tokens, int textLength)
    {
        _tokens = tokens;
        _finalOffset = textLength;
        return this;
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count)
        {
            return false;
        }

        ClearAttributes();
        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Term);
        _offset.SetOffset(token.Start, token.End);
        _increment.PositionIncrement = token.Position - _position;
        _length.PositionLength = token.PositionLength;
        _position = token.Position;
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_finalOffset, _finalOffset);
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
        _position = -1;
    }
}
