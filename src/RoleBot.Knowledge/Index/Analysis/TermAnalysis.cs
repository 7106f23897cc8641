using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace RoleBot.Knowledge.Index.Analysis;

/// <summary>One analysed token with where it came from in the text.</summary>
public readonly record struct AnalyzedToken(string Term, int Start, int End, int Position, int PositionLength);

/// <summary>Runs an analyzer over text and returns tokens with offsets and positions.</summary>
public static class TermAnalysis
{
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string text) => Analyze(analyzer, text, null);

    /// <summary>The tokens of <paramref name="text"/>, their terms shared through <paramref name="terms"/> when given.</summary>
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string text, TermPool? terms)
    {
        var tokens = new List<AnalyzedToken>();
        Collect(analyzer, text, terms, tokens);
        return tokens;
    }

    private static void Collect(Analyzer analyzer, string text, TermPool? terms, List<AnalyzedToken> tokens)
    {
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            var value = terms is null ? term.ToString() : terms.Get(term.Buffer.AsSpan(0, term.Length));
            tokens.Add(new AnalyzedToken(value, offset.StartOffset, offset.EndOffset, position, length.PositionLength));
        }

        stream.End();
    }

    /// <summary>A reused buffer per thread, so a load's token arrays are allocated once at their exact size.</summary>
    [ThreadStatic]
    private static List<AnalyzedToken>? t_buffer;

    /// <summary>As <see cref="Analyze(Analyzer, string, TermPool?)"/>, into an exact-size array (tokens a load keeps).</summary>
    public static AnalyzedToken[] AnalyzeToArray(Analyzer analyzer, string text, TermPool terms)
    {
        var buffer = t_buffer ??= new List<AnalyzedToken>(256);
        buffer.Clear();
        Collect(analyzer, text, terms, buffer);
        return [.. buffer];
    }

    public static IEnumerable<string> Terms(Analyzer analyzer, string text) => Analyze(analyzer, text).Select(t => t.Term);
}
