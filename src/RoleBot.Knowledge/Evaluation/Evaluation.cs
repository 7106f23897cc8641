using System.Text.Json.Serialization;

namespace RoleBot.Knowledge.Answers;

/// <summary>evidence@1, evidence@3, MRR (over answerable questions) and rejection (over unanswerable ones).</summary>
public sealed record EvaluationMetrics(int Questions, int Answerable, int Unanswerable, double EvidenceAt1, double EvidenceAt3, double Mrr, double Rejection);

public sealed record EvaluationReport(EvaluationMetrics Metrics, IReadOnlyList<string> Misses);

/// <summary>Scores answers against a gold set: an excerpt is evidence when it contains any expected term (case-insensitive).</summary>
public static class Evaluation
{
    public static EvaluationReport Run(IReadOnlyList<GoldQuestion> gold, Func<string, Answer> ask)
    {
        int answerable = 0, unanswerable = 0, at1 = 0, at3 = 0, rejected = 0;
        var reciprocal = 0.0;
        var misses = new List<string>();
        foreach (var question in gold)
        {
            var answer = ask(question.Q);
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
        var metrics = new EvaluationMetrics(gold.Count, answerable, unanswerable, Ratio(at1, answerable), Ratio(at3, answerable),
            answerable == 0 ? 1 : reciprocal / answerable, Ratio(rejected, unanswerable));
        return new EvaluationReport(metrics, misses);
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(GoldQuestion))]
[JsonSerializable(typeof(EvaluationMetrics))]
public sealed partial class EvaluationJson : JsonSerializerContext;
