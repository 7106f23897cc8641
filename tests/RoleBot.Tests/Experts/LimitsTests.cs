using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoleBot.Channels.Rules;
using RoleBot.ConfigFiles;
using RoleBot.Experts;
using RoleBot.Experts.Slack;
using RoleBot.Knowledge;
using RoleBot.State;
using RoleBot.TestKit;
using RoleBot.Web.Insights;

namespace RoleBot.Tests.Experts;

/// <summary>Each named limit of the experts, channel rules and insights features, at its edge.</summary>
public sealed class LimitsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void ChannelRules_MoreThanMaxEntries_RestIgnoredWithOneWarning()
    {
        var yaml = new StringBuilder("slack:\n");
        for (var i = 0; i < ChannelRulesFile.MaxEntries + 5; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  C{i:D6}: {{ trigger: question }}\n");
        }

        var parsed = ChannelRulesFile.Parse(yaml.ToString(), null);
        Assert.Equal(ChannelRulesFile.MaxEntries, parsed.Value!.Slack.Count);
        Assert.Single(parsed.Warnings, w => w.Contains($"more than {ChannelRulesFile.MaxEntries}", StringComparison.Ordinal));
    }

    [Fact]
    public void ExpertsFile_MoreThanMaxExperts_RestIgnoredWithOneWarning()
    {
        var yaml = new StringBuilder("experts:\n");
        for (var i = 0; i < ExpertsFile.MaxEntries + 3; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  e{i}: Expert {i}\n");
        }

        var parsed = ExpertsFile.Parse(yaml.ToString(), null);
        Assert.Equal(ExpertsFile.MaxEntries, parsed.Value!.Experts.Count);
        Assert.Single(parsed.Warnings);
    }

    [Fact]
    public void SettingsFile_OverMaxBytes_RefusedAndLastGoodKept()
    {
        using var folder = TestPaths.NewTempFolder();
        var path = folder.Write("channels.yml", "slack:\n  C0GOOD: { trigger: question }\n");
        var options = Options.Create(new ChannelRulesOptions { RulesPath = path });
        using var host = new KnowledgeHost(Options.Create(new KnowledgeOptions { Path = folder.Path }), NullLoggerFactory.Instance);
        using var rules = new ChannelRules(options, host, TimeProvider.System, NullLogger<ChannelRules>.Instance);
        Assert.Equal(ConfigFileState.Ok, rules.Status.State);

        File.WriteAllText(path, "# " + new string('x', (int)WatchedYamlFile<ChannelRuleSet>.MaxBytes) + "\n");
        rules.Reload();
        Assert.Equal(ConfigFileState.Invalid, rules.Status.State);
        Assert.NotNull(rules.Current.ForSlack("C0GOOD"));
    }

    [Fact]
    public void ExpertAnswer_OverMaxChars_CutAndSaysSo()
    {
        var clipped = HandoffMessages.ClipAnswer(new string('a', ExpertsOptions.MaxAnswerChars + 10));
        Assert.StartsWith(new string('a', ExpertsOptions.MaxAnswerChars) + " \u2026 (cut", clipped, StringComparison.Ordinal);
        Assert.Equal("short", HandoffMessages.ClipAnswer("  short "));
    }

    [Fact]
    public void AskButtonValue_LongQuestionAndManyPassages_FitsSlacksLimit()
    {
        var ids = Enumerable.Range(0, 200).Select(i => $"a-rather-long-folder/with-a-long-document-name-{i}.md#{i}").ToList();
        var value = SlackExpertBlocks.EncodeAsk(new string('q', 999), ids, HandoffReason.NotHelpful);
        Assert.InRange(value.Length, 1, 2000);
        var decoded = SlackExpertBlocks.DecodeAsk(value)!.Value;
        Assert.Equal((new string('q', 999), HandoffReason.NotHelpful), (decoded.Question, decoded.Reason));
    }

    [Fact]
    public void Clusters_MoreThanMaxQuestions_OnlyTheMostFrequentGrouped()
    {
        var questions = Enumerable.Range(0, QuestionClusters.MaxQuestions + 100).Select(i => ($"question number {i}", i + 1)).ToList();
        var groups = QuestionClusters.Group(questions, q => new HashSet<string> { q });
        Assert.Equal(QuestionClusters.MaxQuestions, groups.Sum(g => g.Members.Count));
        Assert.DoesNotContain(groups, g => g.Question == "question number 0");
    }

    [Fact]
    public async Task QuestionLogBuffer_OverCapacity_DropsWithoutBlocking_FlushWritesTheRest()
    {
        var log = new CountingLog();
        using var buffer = new QuestionLogBuffer(log, NullLogger<QuestionLogBuffer>.Instance);
        for (var i = 0; i < QuestionLogBuffer.Capacity + 25; i++)
        {
            buffer.Add(new AskedQuestion(DateTimeOffset.UtcNow, "api", "q", true, []));
        }

        await buffer.FlushAsync(Ct);
        Assert.Equal(QuestionLogBuffer.Capacity, log.Written);
        Assert.All(log.Batches, b => Assert.InRange(b, 1, QuestionLogBuffer.MaxBatch));
    }

    private sealed class CountingLog : IQuestionLog
    {
        public int Written => Batches.Sum();

        public List<int> Batches { get; } = [];

        public Task AddAsync(IReadOnlyList<AskedQuestion> questions, CancellationToken cancellationToken = default)
        {
            Batches.Add(questions.Count);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<FrequentQuestion>> MostAskedAsync(int limit, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<FrequentQuestion>>([]);
    }
}
