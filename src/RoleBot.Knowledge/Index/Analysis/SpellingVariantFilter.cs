using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace RoleBot.Knowledge.Index.Analysis;

/// <summary>
/// British and American spellings as one word ("organisation" / "organization", "prioritise", "behaviour", "centre",
/// "modelling", "programme"): documents and questions mix both, and the stemmer keeps them apart ("organis" vs
/// "organ"). Applied to passages and questions alike, so a rule that also rewrites a word with no variant ("raise" →
/// "raize") is harmless: both sides read it the same way.
/// </summary>
public sealed partial class SpellingVariantFilter : TokenFilter
{
    private readonly ICharTermAttribute _term;

    public SpellingVariantFilter(TokenStream input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        // Checked on the term's buffer first: a string is made only for the few words a rule may apply to.
        var word = _term.Buffer.AsSpan(0, _term.Length);
        if (word.Length >= 5 && MayVary(word) && ToAmerican(word.ToString()) is { } american)
        {
            _term.SetEmpty().Append(american);
        }

        return true;
    }

    private static bool MayVary(ReadOnlySpan<char> word) =>
        WordsBySpan.ContainsKey(word) || word.IndexOf("is") >= 0 || word.IndexOf("ys") >= 0 || word.IndexOf("our") >= 0 || word.IndexOf("ll") >= 0;

    /// <summary>The American spelling of a lower-case British one, or null when the word has none.</summary>
    public static string? ToAmerican(string word)
    {
        if (Words.TryGetValue(word, out var listed))
        {
            return listed;
        }

        if (word.Contains("is", StringComparison.Ordinal) && Ise().Match(word) is { Success: true } ise)
        {
            return $"{ise.Groups[1].Value}iz{ise.Groups[2].Value}";
        }

        if (word.Contains("ys", StringComparison.Ordinal) && Yse().Match(word) is { Success: true } yse)
        {
            return $"{yse.Groups[1].Value}yz{yse.Groups[2].Value}";
        }

        if (word.Contains("our", StringComparison.Ordinal) && Our().Match(word) is { Success: true } our)
        {
            return $"{our.Groups[1].Value}or{our.Groups[2].Value}";
        }

        return word.Contains("ll", StringComparison.Ordinal) && Elled().Match(word) is { Success: true } elled ? $"{elled.Groups[1].Value}l{elled.Groups[2].Value}" : null;
    }

    /// <summary>Variants no suffix rule covers.</summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["centre"] = "center", ["centres"] = "centers", ["centred"] = "centered", ["theatre"] = "theater",
        ["programme"] = "program", ["programmes"] = "programs", ["catalogue"] = "catalog", ["dialogue"] = "dialog",
        ["licence"] = "license", ["licences"] = "licenses", ["defence"] = "defense", ["offence"] = "offense",
        ["practise"] = "practice", ["practised"] = "practiced", ["practising"] = "practicing", ["judgement"] = "judgment",
        ["judgements"] = "judgments", ["fulfil"] = "fulfill", ["fulfils"] = "fulfills", ["enrol"] = "enroll",
        ["enrolment"] = "enrollment", ["skilful"] = "skillful",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // organise, prioritised, specialising, organisation(s), optimiser(s): -is- before these endings is -iz-.
    [GeneratedRegex(@"^(\w{3,})is(e|es|ed|ing|ation|ations|er|ers)$")]
    private static partial Regex Ise();

    // analyse, analysed, analysing (not "analyses", the plural of analysis, which stems apart anyway).
    [GeneratedRegex(@"^(\w*anal|\w*paral|\w*cata)ys(e|ed|ing|er|ers)$")]
    private static partial Regex Yse();

    // behaviour, colour, favourite, honoured, labour, neighbour, humour: not "hour", "four", "your", "tour".
    [GeneratedRegex(@"^(\w{2,}[ilvnbm])our(s|ed|ing|able|ably|ite|ites|ful|al)?$")]
    private static partial Regex Our();

    // modelling, labelled, cancelled, levelling: the doubled l before -ed/-ing.
    [GeneratedRegex(@"^(\w*[aeiou][b-df-hj-np-tv-z]{1,2}e)ll(ed|ing|er|ers)$")]
    private static partial Regex Elled();
}
