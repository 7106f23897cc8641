using System.Net;
using System.Text.Json.Nodes;
using Markdig;
using RoleBot.Channels.Teams;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Tests.Channels.Teams;

/// <summary>
/// Quoted document text stays verbatim in Teams' markdown text and in Web Chat's card TextBlocks: markdown in a
/// document (emphasis, code, links, HTML) is escaped, while RoleBot's own [n] references and source links still work.
/// Checked by rendering with Markdig, a CommonMark implementation like the markdown-it Web Chat uses.
/// </summary>
public sealed class MarkdownEscapingTests
{
    private const string Excerpt = "Use *all* of `__init__` and the [runbook](https://x.example/r) <b>now</b> & then ~~later~~ #1 | done.";

    private static Activity NewReply() => new() { Type = "message", Conversation = new ConversationAccount { Id = "c" } };

    private static Answer Sample(string title = "On-call *draft* [v2]", string lead = "Yes: *fine* [1].") => new()
    {
        Question = "q",
        Answered = true,
        Shape = QuestionShape.Open,
        Lead = lead,
        Text = "plain",
        Citations = [new Citation(1, title, "Run_books", "oncall.md", "https://intranet.example/oncall", new Excerpt(Excerpt, 0, []), 1.0, "p1", ["sre"], null)],
        Roles = ["SRE"],
        Comparison = new RoleComparison(["data_scientist", "ML *engineer*"], [new ComparisonRow("Tools_and *stack*", [1, null])]),
    };

    /// <summary>The HTML Markdig makes of <paramref name="markdown"/>, and that HTML's text (tags removed, entities decoded).</summary>
    private static (string Html, string Text) Rendered(string markdown)
    {
        var html = Markdown.ToHtml(markdown);
        var text = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", ""));
        return (html, text);
    }

    [Fact]
    public void TeamsText_MarkdownInExcerptTitleAndLead_RendersVerbatim()
    {
        var text = TeamsAnswerRenderer.Render(Sample(), NewReply, 4000)[0].Text!;
        var (html, plain) = Rendered(text);

        Assert.Contains(Excerpt, plain, StringComparison.Ordinal);
        Assert.Contains("On-call *draft* [v2] \u203A Run_books", plain, StringComparison.Ordinal);
        Assert.Contains("Yes: *fine* [1].", plain, StringComparison.Ordinal);
        Assert.Contains("Tools_and *stack*", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<code>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<del>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<h1>", html, StringComparison.Ordinal);

        // Only RoleBot's own link remains a link, and [1] stays bare so Teams binds it to the citation.
        Assert.Equal(["https://intranet.example/oncall"], System.Text.RegularExpressions.Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("[1]", text, StringComparison.Ordinal);
        var citation = TeamsAnswerRenderer.Render(Sample(), NewReply, 4000)[0].Entities!.Single()!["citation"]!.AsArray();
        Assert.Equal(1, (int)citation.Single()!["position"]!);
    }

    [Fact]
    public void WebChatCard_MarkdownInExcerptAndSource_RendersVerbatim()
    {
        var activity = WebChatAnswerRenderer.Render(Sample(), "k", NewReply, 4000).Single();
        var blocks = activity.Attachments!.Single().Content!["body"]!.AsArray()
            .SelectMany(Texts).ToList();

        var quote = blocks.Single(t => t.StartsWith("[1] \u201C", StringComparison.Ordinal));
        var (quoteHtml, quoteText) = Rendered(quote);
        Assert.Contains(Excerpt, quoteText, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", quoteHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", quoteHtml, StringComparison.Ordinal);

        var (leadHtml, leadText) = Rendered(blocks.Single(t => t.Contains("fine", StringComparison.Ordinal)));
        Assert.Equal("Yes: *fine* [1].", leadText.Trim());
        Assert.DoesNotContain("<em>", leadHtml, StringComparison.Ordinal);

        var (sourceHtml, sourceText) = Rendered(blocks.First(t => t.Contains("On-call", StringComparison.Ordinal)));
        Assert.Contains("On-call *draft* [v2] \u203A Run_books", sourceText, StringComparison.Ordinal);
        Assert.Contains("href=\"https://intranet.example/oncall\"", sourceHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", sourceHtml, StringComparison.Ordinal);

        Assert.Contains(Excerpt, Rendered(string.Join("\n\n", blocks)).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>", Markdown.ToHtml(activity.Text!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- not a list")]
    [InlineData("1. not a list")]
    [InlineData("# not a heading")]
    [InlineData("> not a quote")]
    [InlineData("__init__.md")]
    public void Escape_BlockStartsAndEmphasis_StayText(string literal)
    {
        var (html, text) = Rendered("- " + MarkdownText.Escape(literal));
        Assert.Equal(literal, text.Trim());
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<li>"));
        Assert.DoesNotContain("<strong>", html, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Texts(JsonNode? element) =>
        element switch
        {
            JsonObject o when (string?)o["type"] == "TextBlock" => [(string)o["text"]!],
            JsonObject o => (o["items"] ?? o["columns"])?.AsArray().SelectMany(Texts) ?? [],
            _ => [],
        };
}
