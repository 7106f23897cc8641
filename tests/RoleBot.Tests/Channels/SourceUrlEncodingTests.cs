using Markdig;
using RoleBot.Channels.Slack;
using RoleBot.Channels.Teams;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Tests.Channels;

/// <summary>
/// Source URLs as documents give them (SharePoint paths with spaces, parentheses, an already-encoded %20) become valid
/// links in every channel: percent-encoded where needed, never encoded twice.
/// </summary>
public sealed class SourceUrlEncodingTests
{
    private static Activity NewReply() => new() { Type = "message", Conversation = new ConversationAccount { Id = "c" } };

    private static Answer AnswerFrom(string url) => new()
    {
        Question = "q",
        Answered = true,
        Shape = QuestionShape.Open,
        Lead = "Yes [1].",
        Text = "plain",
        Citations = [new Citation(1, "Onboarding guide", "Introduction", "guide.docx", url, new Excerpt("Read the guide.", 0, []), 1.0, "p1", [], null)],
    };

    public static TheoryData<string, string> Urls() => new()
    {
        { "https://contoso.sharepoint.com/sites/HR/Shared Documents/Onboarding Guide.docx", "https://contoso.sharepoint.com/sites/HR/Shared%20Documents/Onboarding%20Guide.docx" },
        { "https://x.example/already%20encoded and not", "https://x.example/already%20encoded%20and%20not" },
        { "https://x.example/wiki/Role_(job) page?q=a b#Top part", "https://x.example/wiki/Role_%28job%29%20page?q=a%20b#Top%20part" },
        { "https://x.example/plain", "https://x.example/plain" },
        { "https://x.example/a|b", "https://x.example/a%7Cb" },
    };

    [Theory]
    [MemberData(nameof(Urls))]
    public void TeamsCitationAndMarkdownLink_UrlWithSpaces_PercentEncodedOnce(string url, string expected)
    {
        var message = TeamsAnswerRenderer.Render(AnswerFrom(url), NewReply, 4000)[0];

        Assert.Equal(expected, (string?)message.Entities!.Single()!["citation"]![0]!["appearance"]!["url"]);
        Assert.True(Uri.IsWellFormedUriString(expected, UriKind.Absolute));
        Assert.Contains($"href=\"{expected}\"", Markdown.ToHtml(message.Text!), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public void WebChatSourceLink_UrlWithSpaces_ALink(string url, string expected)
    {
        var text = WebChatAnswerRenderer.Render(AnswerFrom(url), "k", NewReply, 4000).Single().Text!;
        Assert.Contains($"href=\"{expected}\"", Markdown.ToHtml(text), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Urls))]
    public void SlackSourceLink_UrlWithSpaces_Linked(string url, string expected)
    {
        var blocks = BlockKitRenderer.Render(AnswerFrom(url)).Blocks!.ToJsonString();
        Assert.Contains($"<{expected}|Onboarding guide>", System.Text.Json.Nodes.JsonNode.Parse(blocks)!.ToJsonString(
            new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public void NonHttpUrl_NoLinkAnywhere(string url)
    {
        var teams = TeamsAnswerRenderer.Render(AnswerFrom(url), NewReply, 4000)[0];
        Assert.Null(teams.Entities!.Single()!["citation"]![0]!["appearance"]!["url"]);
        Assert.DoesNotContain("href", Markdown.ToHtml(teams.Text!), StringComparison.Ordinal);
    }
}
