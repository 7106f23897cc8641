using System.Text.Json.Serialization;

namespace RoleBot.Knowledge.Answers;

/// <summary>evidence@1, evidence@3, MRR (over answerable questions) and rejection (over unanswerable ones).</summary>
public sealed record EvaluationMetrics(int Questions, int Answerable, int Unanswerable, double EvidenceAt1, double EvidenceAt3, double Mrr, double Rejection);

/// <param name="ByKind">The same figures for each kind of question in the set (empty when no line names a kind).</param>
public sealed record EvaluationReport(EvaluationMetrics Metrics, IReadOnlyList<string> Misses)
{
    public IReadOnlyDictionary<string, EvaluationMetrics> ByKind { get; init; } = new Dictionary<string, EvaluationMetrics>();

    /// <summary>Median length in characters of the first excerpt of answered questions.</summary>
    public int MedianTopExcerptChars { get; init; }
}

/// <summary>Scores answers against a gold set: an excerpt is evidence when it contains any expected term (case-insensitive).</summary>
public static class Evaluation
{
    public static EvaluationReport Run(IReadOnlyList<GoldQuestion> gold, Func<string, Answer> ask)
    {
        var answers = gold.Select(g => (g, ask(g.Q))).ToList();
        var report = Score(answers);
        var byKind = answers.Where(a => a.g.Kind is not null).GroupBy(a => a.g.Kind!)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Score(g.ToList()).Metrics);
        var lengths = answers.Where(a => a.Item2.Citations.Count > 0).Select(a => a.Item2.Citations[0].Excerpt.Text.Length).Order().ToList();
        return report with { ByKind = byKind, MedianTopExcerptChars = lengths.Count == 0 ? 0 : lengths[lengths.Count / 2] };
    }

    private static EvaluationReport Score(IReadOnlyList<(GoldQuestion Gold, Answer Answer)> answers)
    {
        int answerable = 0, unanswerable = 0, at1 = 0, at3 = 0, rejected = 0;
        var reciprocal = 0.0;
        var misses = new List<string>();
        foreach (var (question, answer) in answers)
        {
            if (!question.Answerable)
            {
                unanswerable++;
                if (!answer.Answered)
                {
                    rejected++;
                }
                else
                {
                    misses.Add($"answered an unanswerable question: \"{question.Q}\" -> [1] {(answer.Citations.Count > 0 ? answer.Citations[0].Excerpt.Text : "")}");
                }

                continue;
            }

            answerable++;
            var expected = question.ExpectAny ?? [];
            var rank = 0;
            for (var i = 0; i < answer.Citations.Count; i++)
            {
                if (expected.Any(e => answer.Citations[i].Excerpt.Text.Contains(e, StringComparison.OrdinalIgnoreCase)))
                {
                    rank = i + 1;
                    break;
                }
            }

            if (rank == 1)
            {
                at1++;
            }

            if (rank is >= 1 and <= 3)
            {
                at3++;
            }

            reciprocal += rank > 0 ? 1.0 / rank : 0;
            if (rank is 0 or > 3)
            {
                misses.Add(answer.Answered
                    ? $"no evidence for \"{question.Q}\" (expected any of {string.Join(", ", expected)}) -> [1] {(answer.Citations.Count > 0 ? answer.Citations[0].Excerpt.Text : "")}"
                    : $"not answered: \"{question.Q}\"");
            }
        }

        static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
        var metrics = new EvaluationMetrics(answers.Count, answerable, unanswerable, Ratio(at1, answerable), Ratio(at3, answerable),
            answerable == 0 ? 1 : reciprocal / answerable, Ratio(rejected, unanswerable));
        return new EvaluationReport(metrics, misses);
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(GoldQuestion))]
[JsonSerializable(typeof(EvaluationMetrics))]
[JsonSerializable(typeof(Dictionary<string, EvaluationMetrics>))]
public sealed partial class EvaluationJson : JsonSerializerContext;
