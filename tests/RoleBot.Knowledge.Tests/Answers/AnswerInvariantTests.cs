using System.Text.RegularExpressions;
using RoleBot.Knowledge.Answers;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>Properties every answer must have, checked over the whole gold set.</summary>
public sealed partial class AnswerInvariantTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    public static TheoryData<string> Questions()
    {
        var data = new TheoryData<string>();
        foreach (var gold in GoldQuestion.ReadAll(Path.Combine(AppContext.BaseDirectory, "Cases", "gold.jsonl")))
        {
            data.Add(gold.Q);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Answer_AnyGoldQuestion_QuotesOnlyVerbatimExcerpts(string question)
    {
        var answer = fixture.Ask(question);
        foreach (var citation in answer.Citations)
        {
            var passage = fixture.Knowledge.Passages.Single(p => p.Id == citation.PassageId);
            Assert.Equal(passage.Text.Substring(citation.Excerpt.Start, citation.Excerpt.Text.Length), citation.Excerpt.Text);
            Assert.All(citation.Excerpt.Highlights, h => Assert.InRange(h.Start + h.Length, 1, citation.Excerpt.Text.Length));
            Assert.Contains($"\u201C{citation.Excerpt.Text}\u201D", answer.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Answer_AnyGoldQuestion_ReferencesOnlyExistingCitations(string question)
    {
        var answer = fixture.Ask(question);
        var numbers = Reference().Matches(answer.Lead).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(numbers, n => Assert.InRange(n, 1, answer.Citations.Count));
        Assert.Equal(Enumerable.Range(1, answer.Citations.Count), answer.Citations.Select(c => c.N));
        if (!answer.Answered)
        {
            Assert.Empty(answer.Citations);
            Assert.Null(answer.Verdict);
        }
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Answer_SameQuestionTwice_IsIdentical(string question) =>
        Assert.Equal(AnswerContract.From(fixture.Ask(question)).ToJson(), AnswerContract.From(fixture.Ask(question)).ToJson());

    /// <summary>The default knowledge in lexical mode, loaded once for the class (a comparison table is built differently there).</summary>
    private static readonly Lazy<(KnowledgeBase Knowledge, AnswerComposer Composer)> Lexical = new(() =>
    {
        var knowledge = KnowledgeBase.Load(RoleBot.TestKit.TestPaths.Knowledge, semantic: RoleBot.Knowledge.Semantic.SemanticSettings.Lexical);
        return (knowledge, new AnswerComposer(knowledge));
    });

    [Theory]
    [MemberData(nameof(Questions))]
    public void Answer_AnyGoldQuestion_EveryComparisonCellHasEvidenceInBothModes(string question)
    {
        var (knowledge, composer) = Lexical.Value;
        foreach (var answer in new[] { fixture.Ask(question), composer.Compose(knowledge.Parser.Parse(question)) })
        {
            Assert.All(answer.Comparison?.Rows ?? [], row => Assert.All(row.Cells, cell => Assert.NotNull(cell)));
            Assert.DoesNotContain("not covered", answer.Text, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Reference();
}
