using System.Text.Json.Nodes;
using RoleBot.Channels.Slack;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Tests.Channels.Slack;

public sealed class BlockKitRendererTests
{
    private static Citation Cite(int n, string excerpt, string title = "ML engineer", string? url = "https://intranet.example/roles/mle") =>
        new(n, title, "Skills", "ml-engineer.md", url, new Excerpt(excerpt, 0, []), 1.0 / n, $"ml-engineer.md#skills-{n}", ["ml-engineer"], null);

    private static Answer AnswerWith(string lead, IReadOnlyList<Citation> citations, bool answered = true, IReadOnlyList<string>? suggestions = null) => new()
    {
        Question = "Does an ML engineer need Spark?",
        Answered = answered,
        Shape = QuestionShape.YesNo,
        Verdict = answered ? Verdict.Yes : null,
        Lead = lead,
        Text = lead,
        Citations = citations,
        Roles = ["ML engineer"],
        OtherRole = "data scientist",
        CompareQuestion = "What is the difference between an ML engineer and a data scientist?",
        Suggestions = suggestions ?? [],
    };

    private static IEnumerable<string> AllTexts(JsonArray blocks) =>
        blocks.SelectMany(b => new[] { (string?)b!["text"]?["text"] }.Concat(b["elements"]?.AsArray().Select(e => TextOf(e!["text"])) ?? []))
            .OfType<string>();

    private static string? TextOf(JsonNode? node) => node is JsonValue value ? (string?)value : (string?)node?["text"];

    [Fact]
    public void Render_HugeAnswer_StaysWithinSlackLimits()
    {
        var citations = Enumerable.Range(1, 120).Select(n => Cite(n, string.Concat(Enumerable.Repeat($"Spark & <PySpark> {n} ", 400)), new string('T', 500))).ToList();
        var message = BlockKitRenderer.Render(AnswerWith(new string('L', 10_000) + " [1]", citations) with
        {
            CorrectedQuestion = new string('c', 5000),
            Comparison = new RoleComparison(["ML engineer", "data scientist"],
                [.. Enumerable.Range(0, 300).Select(i => new ComparisonRow($"Aspect {i} with a long name", [1, null]))]),
        });

        var blocks = message.Blocks!;
        Assert.InRange(blocks.Count, 4, BlockKit.MaxBlocks);
        Assert.All(blocks.Where(b => (string?)b!["type"] == "section"), b => Assert.InRange(((string)b!["text"]!["text"]!).Length, 1, BlockKit.MaxSectionText));
        Assert.All(blocks.Where(b => (string?)b!["type"] == "context"), b => Assert.InRange(b!["elements"]!.AsArray().Count, 1, BlockKit.MaxContextElements));
        Assert.All(blocks.SelectMany(b => b!["elements"]?.AsArray() ?? []).Where(e => (string?)e!["type"] == "button"),
            b => Assert.InRange(((string)b!["value"]!).Length, 1, BlockKit.MaxButtonValue));
        Assert.InRange(message.Text.Length, 1, BlockKitRenderer.MaxFallbackText);
        Assert.InRange(AllTexts(blocks).Sum(t => t.Length), 1, 13_000);
        Assert.Contains(blocks, b => (string?)b!["block_id"] == SlackActions.FeedbackBlock);
        Assert.Contains(AllTexts(blocks), t => t.Contains("more excerpts did not fit", StringComparison.Ordinal));
        Assert.Contains(AllTexts(blocks), t => t.StartsWith("*[1]*\n> Spark &amp; &lt;PySpark&gt; 1", StringComparison.Ordinal));
        Assert.Contains(AllTexts(blocks), t => t.StartsWith("[1] ", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ManyShortCitations_SourcesSplitIntoContextBlocksOfTen()
    {
        var message = BlockKitRenderer.Render(AnswerWith("Yes [1].", [.. Enumerable.Range(1, 25).Select(n => Cite(n, "Spark."))]));
        var sources = message.Blocks!.Where(b => ((string?)b!["block_id"])?.StartsWith("rolebot_sources", StringComparison.Ordinal) == true).ToList();
        Assert.Equal([10, 10, 5], sources.Select(s => s!["elements"]!.AsArray().Count));
        Assert.True(message.Blocks!.Count <= BlockKit.MaxBlocks);
    }

    [Fact]
    public void Render_UserAndDocumentText_EscapesAmpLtGtAndFormattingCharacters()
    {
        var message = BlockKitRenderer.Render(AnswerWith("Yes: <!channel> & it's *fine* [1].", [Cite(1, "Use <b>Spark</b> & \"PySpark\" > Hadoop's", "R&D <team>")]));
        var json = message.Blocks!.ToJsonString();
        var texts = string.Join("\n", AllTexts(message.Blocks!));
        Assert.Contains("&lt;!channel&gt; &amp; it's \u2217fine\u2217", texts, StringComparison.Ordinal);
        Assert.Contains("Use &lt;b&gt;Spark&lt;/b&gt; &amp; \"PySpark\" &gt; Hadoop's", texts, StringComparison.Ordinal);
        Assert.Contains("<https://intranet.example/roles/mle|R&amp;D &lt;team&gt; \u203A Skills>", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("&#39;", json, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", texts, StringComparison.Ordinal);
        Assert.Equal("Yes: &lt;!channel&gt; &amp; it's \u2217fine\u2217 [1].", message.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    public void Render_MissingOrUnsafeUrl_SourceWithoutLink(string? url)
    {
        var message = BlockKitRenderer.Render(AnswerWith("Yes [1].", [Cite(1, "Spark.", url: url)]));
        var source = AllTexts(message.Blocks!).Single(t => t.StartsWith("[1] ", StringComparison.Ordinal));
        Assert.Equal("[1] ML engineer \u203A Skills", source);
    }

    [Fact]
    public void Render_Unanswered_SuggestionButtonsCarryQuestions()
    {
        var message = BlockKitRenderer.Render(AnswerWith("I could not find that.", [], answered: false,
            suggestions: ["Does an ML engineer need Spark?", "What does a data scientist do?"]));
        var buttons = message.Blocks!.Single(b => (string?)b!["block_id"] == SlackActions.SuggestionsBlock)!["elements"]!.AsArray();
        Assert.Equal(["Does an ML engineer need Spark?", "What does a data scientist do?"],
            buttons.Select(b => SlackActions.Decode((string?)b!["value"])!.Value.Question));
        Assert.DoesNotContain(message.Blocks!, b => (string?)b!["block_id"] == SlackActions.FeedbackBlock);
    }

    [Fact]
    public void Render_OtherRole_CompareButtonAsksDifference()
    {
        var message = BlockKitRenderer.Render(AnswerWith("Yes [1].", [Cite(1, "Spark.")]));
        var compare = message.Blocks!.SelectMany(b => b!["elements"]?.AsArray() ?? []).Single(e => (string?)e!["action_id"] == SlackActions.Compare)!;
        Assert.Equal("What is the difference between an ML engineer and a data scientist?", SlackActions.Decode((string?)compare["value"])!.Value.Question);
    }

    [Fact]
    public void Encode_LongQuestionWithQuotes_FitsValueLimitAndRoundTrips()
    {
        var question = string.Concat(Enumerable.Repeat("\"q\" ", 250));
        var value = SlackActions.Encode(question, Enumerable.Range(0, 100).Select(i => $"passage-{i}"));
        Assert.InRange(value.Length, 1, BlockKit.MaxButtonValue);
        Assert.Equal(question, SlackActions.Decode(value)!.Value.Question);
    }

    [Theory]
    [InlineData("<@UROLEBOT> does an MLE need Spark?", "does an MLE need Spark?")]
    [InlineData("<@UROLEBOT|rolebot> R&amp;D &lt;team&gt;?", "R&D <team>?")]
    [InlineData("hey <@UROLEBOT>\u00A0what is dbt?", "hey   what is dbt?")]
    [InlineData("&amp;lt;", "&lt;")]
    public void QuestionFrom_MentionAndEntities_CleanQuestion(string text, string expected) =>
        Assert.Equal(expected, SlackText.QuestionFrom(text, "UROLEBOT"));

    [Theory]
    [InlineData("Spark & Hadoop", 0, 5, "*Spark* &amp; Hadoop")]
    [InlineData("PySpark", 2, 5, "PySpark")]
    [InlineData("use *Spark*", 5, 5, "use \u2217Spark\u2217")]
    [InlineData("a <b> c", 2, 3, "a *&lt;b&gt;* c")]
    [InlineData("short", 3, 10, "short")]
    public void HighlightedExcerpt_MatchedWords_BoldOnlyWhereMrkdwnAllows(string text, int start, int length, string expected) =>
        Assert.Equal(expected, BlockKitRenderer.HighlightedExcerpt(new Excerpt(text, 0, [new Highlight(start, length)])));

    [Theory]
    [InlineData(true, "U0BOB", ":thumbsup: Marked helpful by <@U0BOB>. Thanks for the feedback.")]
    [InlineData(false, "U0BOB", ":thumbsdown: Marked not helpful by <@U0BOB>. Thanks for the feedback.")]
    [InlineData(true, null, ":thumbsup: Marked helpful. Thanks for the feedback.")]
    public void WithVote_Note_OneSpaceBetweenWords(bool helpful, string? user, string expected)
    {
        var voted = BlockKitRenderer.WithVote([], helpful, user);
        Assert.Equal(expected, (string?)voted.Single()!["elements"]![0]!["text"]);
    }

    [Fact]
    public void WithVote_FeedbackBlock_ReplacedByVoteNote()
    {
        var message = BlockKitRenderer.Render(AnswerWith("Yes [1].", [Cite(1, "Spark.")]));
        var voted = BlockKitRenderer.WithVote(message.Blocks, helpful: false, "U0BOB");
        Assert.Equal(message.Blocks!.Count, voted.Count);
        Assert.DoesNotContain(voted, b => (string?)b!["block_id"] == SlackActions.FeedbackBlock);
        Assert.Contains("Marked not helpful", voted.ToJsonString(), StringComparison.Ordinal);
    }
}
