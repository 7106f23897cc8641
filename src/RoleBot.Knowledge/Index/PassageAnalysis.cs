using RoleBot.Knowledge.Index.Analysis;
using RoleBot.Knowledge.Passages;

namespace RoleBot.Knowledge.Index;

/// <summary>A sentence of a passage with its analysed tokens and the roles it names.</summary>
public sealed record AnalyzedSentence(TextRange Range, IReadOnlyList<AnalyzedToken> Tokens, IReadOnlyList<string> RoleIds);

/// <summary>Sentence-level analysis of one passage, computed on first use and cached (excerpts, coverage, highlights).</summary>
public sealed class PassageAnalysis
{
    private PassageAnalysis(IReadOnlyList<AnalyzedSentence> sentences, HashSet<string> terms, HashSet<string> headingTerms)
    {
        Sentences = sentences;
        Terms = terms;
        HeadingTerms = headingTerms;
    }

    /// <summary>Terms of the section heading: a heading that names the topic makes the whole passage about it.</summary>
    public IReadOnlySet<string> HeadingTerms { get; }

    public IReadOnlyList<AnalyzedSentence> Sentences { get; }

    /// <summary>Every term of the passage text and its section heading (not the document title, which every section shares).</summary>
    public IReadOnlySet<string> Terms { get; }

    public static PassageAnalysis Of(Passage passage, RoleBotAnalyzer analyzer) => Of(passage, analyzer, TermAnalysis.Analyze(analyzer, passage.Text));

    /// <summary>The analysis of a passage from its text's tokens, analysed already by <paramref name="analyzer"/> when the passage was loaded.</summary>
    public static PassageAnalysis Of(Passage passage, RoleBotAnalyzer analyzer, IReadOnlyList<AnalyzedToken> tokens)
    {
        var terms = new HashSet<string>(tokens.Select(t => t.Term), StringComparer.Ordinal);
        var headingTerms = new HashSet<string>(TermAnalysis.Terms(analyzer, passage.Section), StringComparer.Ordinal);
        terms.UnionWith(headingTerms);
        var sentences = new List<AnalyzedSentence>();
        var next = 0;
        foreach (var range in Passages.Sentences.Split(passage.Text))
        {
            var inside = new List<AnalyzedToken>();
            while (next < tokens.Count && tokens[next].Start < range.End)
            {
                if (tokens[next].Start >= range.Start)
                {
                    inside.Add(tokens[next]);
                }

                next++;
            }

            // "a shift from software engineering": the stem matches the role, but "-ing" names the discipline, not a person
            // in the role, so the sentence is not about software engineers.
            var roles = inside.Where(t => ConceptTokens.IsRole(t.Term) && !NamesTheDiscipline(passage.Text, t)).Select(t => t.Term[1..]).Distinct().ToArray();
            sentences.Add(new AnalyzedSentence(range, inside, roles));
        }

        return new PassageAnalysis(sentences, terms, headingTerms);
    }

    /// <summary>"software engineering", "data engineering": the role's stem written as the discipline, not the person.</summary>
    internal static bool NamesTheDiscipline(string text, AnalyzedToken role) =>
        role.End <= text.Length && role.End - role.Start > 4 && text.AsSpan(role.Start, role.End - role.Start).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
}
