using System.CommandLine;
using System.Text.Json;
using RoleBot.Knowledge.Answers;

namespace RoleBot.Cli;

/// <summary>
/// <c>eval FILE.jsonl</c>: runs a gold set of <c>{"q","expect_any","answerable"}</c> lines and prints evidence@1,
/// evidence@3, MRR and the rejection rate on unanswerable questions; <c>--json</c> for machines.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "Gold questions, one JSON object per line" };
        var json = new Option<bool>("--json") { Description = "Print the metrics as one JSON object" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every miss" };
        var command = new Command("eval", "Measure answer quality on a gold set") { file, json, verbose };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"rolebot: gold file '{path.FullName}' not found");
                return 1;
            }

            using var services = CliServices.Create(parse);
            var knowledge = CliServices.LoadKnowledge(services);
            if (knowledge is null)
            {
                return 1;
            }

            List<GoldQuestion> gold;
            try
            {
                gold = GoldQuestion.ReadAll(path.FullName);
            }
            catch (FormatException ex)
            {
                Console.Error.WriteLine($"rolebot: {ex.Message}");
                return 1;
            }

            var report = Evaluation.Run(gold, q => knowledge.Ask(q));
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(report.Metrics, EvaluationJson.Default.EvaluationMetrics));
            }
            else
            {
                var m = report.Metrics;
                Console.WriteLine($"questions: {m.Questions} ({m.Answerable} answerable, {m.Unanswerable} unanswerable)");
                Console.WriteLine($"evidence@1: {m.EvidenceAt1:F3}  evidence@3: {m.EvidenceAt3:F3}  MRR: {m.Mrr:F3}  rejection: {m.Rejection:F3}  median top excerpt: {report.MedianTopExcerptChars} chars  search: {knowledge.Current.Stats.SearchMode}");
                foreach (var (kind, k) in report.ByKind)
                {
                    Console.WriteLine(k.Answerable > 0
                        ? $"  {kind,-16} {k.Answerable,3} answerable  evidence@1: {k.EvidenceAt1:F2}  evidence@3: {k.EvidenceAt3:F2}" + (k.Unanswerable > 0 ? $"  rejection: {k.Rejection:F2}" : "")
                        : $"  {kind,-16} {k.Unanswerable,3} unanswerable  rejection: {k.Rejection:F2}");
                }
                if (parse.GetValue(verbose))
                {
                    foreach (var miss in report.Misses)
                    {
                        Console.WriteLine($"  miss: {miss}");
                    }
                }
            }

            return 0;
        });
        return command;
    }
}
