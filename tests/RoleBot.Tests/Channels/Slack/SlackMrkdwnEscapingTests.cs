using System.Text.Json.Nodes;
using RoleBot.Channels.Slack;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Tests.Channels.Slack;

/// <summary>
/// Slack mrkdwn has no escape for *, _, ~ and `: document and user text get look-alike characters for them (as
/// jsx-slack does), and &amp;, &lt;, &gt; are escaped in every text RoleBot sends, so only RoleBot's own formatting formats.
/// </summary>
public sealed class SlackMrkdwnEscapingTests
{
    private static Answer AnswerWith(string excerpt, string title = "On-call *draft*") => new()
    {
        Question = "q",
        Answered = true,
        Shape = QuestionShape.Open,
        Lead = "Yes: _fine_ [1].",
        Text = "plain",
        Citations = [new Citation(1, title, "Run_books", "oncall.md", "https://intranet.example/oncall", new Excerpt(excerpt, 0, []), 1.0, "p1", ["sre"], null)],
        Roles = ["SRE"],
        Comparison = new RoleComparison(["data_scientist", "ML engineer"], [new ComparisonRow("Tools *stack*", [1, null])]),
        CorrectedQuestion = "what does an *SRE* do?",
    };

    private static List<string> Texts(JsonArray blocks) =>
        [.. blocks.SelectMany(b => new[] { (string?)b!["text"]?["text"] }.Concat(b["elements"]?.AsArray().Select(e => TextOf(e!["text"])) ?? []))
            .OfType<string>()];

    private static string? TextOf(JsonNode? node) => node is JsonValue value ? (string?)value : (string?)node?["text"];

    /// <summary>True when <paramref name="mrkdwn"/> has a *bold*, _italic_, ~strike~ or `code` span Slack would format.</summary>
    private static bool HasFormatting(string mrkdwn) =>
        System.Text.RegularExpressions.Regex.IsMatch(mrkdwn, @"(^|[\s(])([*_~`])[^\s*_~`](.*?[^\s])?\2($|[\s.,!?;:)])");

    [Fact]
    public void Render_FormattingCharactersInDocumentAndUserText_NotFormatted()
    {
        var message = BlockKitRenderer.Render(AnswerWith("Use *all* of `__init__` and ~old~ <b>tags</b> & more."));
        var texts = Texts(message.Blocks!);

        var quote = texts.Single(t => t.StartsWith("*[1]*", StringComparison.Ordinal))["*[1]*".Length..];
        Assert.False(HasFormatting(quote), quote);
        Assert.Contains("Use \u2217all\u2217 of \u02CB\u02CD\u02CDinit\u02CD\u02CD\u02CB and \u223Cold\u223C &lt;b&gt;tags&lt;/b&gt; &amp; more.", quote, StringComparison.Ordinal);
        // Everything but RoleBot's own formatting: the "*[1]*" label, the bold comparison aspect, the italic "Answering:".
        Assert.All(texts.Where(t => !t.StartsWith("*[1]*", StringComparison.Ordinal) && !t.StartsWith('*') && !t.StartsWith("Answering:", StringComparison.Ordinal)),
            t => Assert.False(HasFormatting(t), t));
        Assert.Contains(texts, t => t.Contains("Yes: \u02CDfine\u02CD [1].", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("On-call \u2217draft\u2217 \u203A Run\u02CDbooks", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("data\u02CDscientist", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("what does an \u2217SRE\u2217 do?", StringComparison.Ordinal));
        Assert.False(HasFormatting(message.Text), message.Text);
    }

    [Fact]
    public void HelpText_AngleBrackets_Escaped()
    {
        Assert.DoesNotContain("<question>", SlackAnswerer.HelpText, StringComparison.Ordinal);
        Assert.Contains("/rolebot &lt;question&gt;", SlackAnswerer.HelpText, StringComparison.Ordinal);
        Assert.DoesNotMatch("<(?![@#!]|https?://)", SlackAnswerer.HelpText);
    }

    [Fact]
    public void Literal_EscapesEntitiesFirstAndReplacesFormattingCharacters() =>
        Assert.Equal("&amp;lt; \u2217b\u2217 \u02CDi\u02CD \u223Cs\u223C \u02CBc\u02CB &lt;@U1&gt;", SlackText.Literal("&lt; *b* _i_ ~s~ `c` <@U1>"));
}
