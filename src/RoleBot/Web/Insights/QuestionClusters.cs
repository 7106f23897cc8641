using RoleBot.Knowledge.Index.Analysis;

namespace RoleBot.Web.Insights;

/// <summary>One group of similar questions: the most frequent wording, the total count and every wording in it.</summary>
public sealed record QuestionCluster(string Question, int Count, IReadOnlyList<ClusterMember> Members);

public sealed record ClusterMember(string Question, int Count);

/// <summary>
/// Groups similar questions by the Jaccard similarity of their token sets (single link: a question joins the first group
/// holding a question at least <see cref="Threshold"/> similar). Tokens come from RoleBot's analyzer when the knowledge is
/// loaded (stems, stop words dropped, "MLE" = "ML engineer"), else from lower-cased words.
/// </summary>
public static class QuestionClusters
{
    /// <summary>Least Jaccard similarity (0–1) for two questions to be grouped (0.5: half their distinct terms shared).</summary>
    public const double Threshold = 0.5;

    /// <summary>Most distinct questions grouped per request (500); rarer ones beyond it are left out.</summary>
    public const int MaxQuestions = 500;

    public static IReadOnlyList<QuestionCluster> Group(IEnumerable<(string Question, int Count)> questions, Func<string, IReadOnlySet<string>>? tokens = null)
    {
        tokens ??= Words;
        var groups = new List<(List<(string Question, int Count, IReadOnlySet<string> Tokens)> Members, int Total)>();
        foreach (var (question, count) in questions.OrderByDescending(q => q.Count).ThenBy(q => q.Question, StringComparer.Ordinal).Take(MaxQuestions))
        {
            var set = tokens(question);
            var index = groups.FindIndex(g => g.Members.Any(m => Jaccard(m.Tokens, set) >= Threshold));
            if (index < 0)
            {
                groups.Add(([(question, count, set)], count));
            }
            else
            {
                groups[index].Members.Add((question, count, set));
                groups[index] = (groups[index].Members, groups[index].Total + count);
            }
        }

        return groups
            .OrderByDescending(g => g.Total).ThenBy(g => g.Members[0].Question, StringComparer.Ordinal)
            .Select(g => new QuestionCluster(g.Members[0].Question, g.Total, g.Members.Select(m => new ClusterMember(m.Question, m.Count)).ToList()))
            .ToList();
    }

    /// <summary>|A ∩ B| / |A ∪ B|; two empty sets (questions of stop words only) are equal.</summary>
    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1;
        }

        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>The analyzer's terms of a question (what the search itself would match on).</summary>
    public static Func<string, IReadOnlySet<string>> AnalyzerTokens(Lucene.Net.Analysis.Analyzer analyzer) =>
        question => TermAnalysis.Terms(analyzer, question).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlySet<string> Words(string question) =>
        question.ToLowerInvariant().Split([' ', '?', '!', '.', ',', ';', ':', '"', '\'', '(', ')'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
