using System.Collections.Concurrent;

namespace RoleBot.Knowledge.Index.Analysis;

/// <summary>
/// One shared string per distinct term across a load's analysed passages. Passage tokens are kept from the load until
/// their sentence analysis is made, so a token should cost a reference, not a string of its own; looking a term up as a
/// span also spares the allocation for every repeated term.
/// </summary>
public sealed class TermPool
{
    private readonly ConcurrentDictionary<string, string> _terms = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public TermPool() => _bySpan = _terms.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _terms.Count;

    /// <summary>The pool's string equal to <paramref name="term"/>, added on first sight.</summary>
    public string Get(ReadOnlySpan<char> term)
    {
        if (_bySpan.TryGetValue(term, out var known))
        {
            return known;
        }

        var added = term.ToString();
        return _terms.GetOrAdd(added, added);
    }
}
