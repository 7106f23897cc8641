using System.Text.Encodings.Web;
using System.Text.Json;
using RoleBot.Channels.Slack;
using RoleBot.Channels.Teams;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;
using RoleBot.Web.Playground;

namespace RoleBot.Tests.Channels;

/// <summary>Every renderer's citation line names the PDF page and when the document was updated, and flags an old one.</summary>
public sealed class CitationLineTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static Citation PdfCitation(bool stale) =>
        new(1, "Engineering handbook", "Deployments", "handbook.pdf", null, new Excerpt("Engineers deploy through the release train on Tuesdays.", 0, []), 1.0, "handbook.pdf#4", [], null)
        {
            Page = 4,
            Updated = new DateTimeOffset(2024, 3, 1, 0, 0, 0, TimeSpan.Zero),
            MayBeOutOfDate = stale,
        };

    private static Citation MarkdownCitation() =>
        new(2, "Tester", "Duties", "tester.md", "https://intranet.example/tester", new Excerpt("A tester checks every release before it ships.", 0, []), 0.9, "tester.md#1", [], null)
        {
            Updated = new DateTimeOffset(2025, 1, 15, 0, 0, 0, TimeSpan.Zero),
        };

    private static Answer AnswerWith(params Citation[] citations) => new()
    {
        Question = "When do engineers deploy?",
        Answered = true,
        Shape = QuestionShape.Open,
        Lead = "Here is what the sources say [1].",
        Text = AnswerText.Render("Here is what the sources say [1].", citations, null),
        Citations = citations,
    };

    [Fact]
    public void PlainText_PdfCitation_NamesPageDateAndStaleness()
    {
        var answer = AnswerWith(PdfCitation(stale: true), MarkdownCitation());

        Assert.Contains("Engineering handbook \u203A Deployments, p. 4 \u00B7 updated 2024-03-01 \u00B7 may be out of date", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Tester \u203A Duties (https://intranet.example/tester) \u00B7 updated 2025-01-15", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-01-15 \u00B7 may be", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Slack_SourcesContext_PageDateAndItalicWarning()
    {
        var message = BlockKitRenderer.Render(AnswerWith(PdfCitation(stale: true), MarkdownCitation()));

        var sources = message.Blocks!.Select(b => b!.ToJsonString(Relaxed)).Single(b => b.Contains("rolebot_sources_", StringComparison.Ordinal));
        Assert.Contains("[1] Engineering handbook \u203A Deployments, p. 4 \u00B7 _updated 2024-03-01 \u00B7 may be out of date_", sources, StringComparison.Ordinal);
        Assert.Contains("|Tester \u203A Duties> \u00B7 updated 2025-01-15", sources, StringComparison.Ordinal);
    }

    [Fact]
    public void Teams_MarkdownAndCitationEntity_PageDateAndWarning()
    {
        var answer = AnswerWith(PdfCitation(stale: true));
        var activity = TeamsAnswerRenderer.Render(answer, () => new Activity { Type = "message" }, 4000)[0];

        Assert.Contains("Engineering handbook \u203A Deployments, p. 4 \u00B7 *updated 2024-03-01 \u00B7 may be out of date*", activity.Text, StringComparison.Ordinal);
        var appearance = activity.Entities!.Single()!["citation"]![0]!["appearance"]!;
        Assert.Equal("Engineering handbook \u203A Deployments, p. 4", (string?)appearance["name"]);
        Assert.Equal(["Deployments", "updated 2024-03-01", "may be out of date"], appearance["keywords"]!.AsArray().Select(k => (string?)k));
    }

    [Fact]
    public void Teams_CitationName_LongTitleIsShortenedButThePageKept()
    {
        var long80 = PdfCitation(stale: false) with { Title = new string('H', 150) };
        var activity = TeamsAnswerRenderer.Render(AnswerWith(long80), () => new Activity { Type = "message" }, 4000)[0];

        var name = (string)activity.Entities!.Single()!["citation"]![0]!["appearance"]!["name"]!;
        Assert.True(name.Length <= TeamsAnswerRenderer.MaxNameChars, name);
        Assert.EndsWith("\u2026, p. 4", name, StringComparison.Ordinal);
    }

    [Fact]
    public void WebChat_Card_SourcesNamePageAndDate()
    {
        var activity = WebChatAnswerRenderer.Render(AnswerWith(PdfCitation(stale: false)), "key-1", () => new Activity { Type = "message" }, 4000).Single();

        var card = activity.Attachments!.Single().Content!.ToJsonString(Relaxed);
        Assert.Contains("Engineering handbook \u203A Deployments, p. 4 \u00B7 updated 2024-03-01", card, StringComparison.Ordinal);
        Assert.DoesNotContain("may be out of date", card, StringComparison.Ordinal);
    }

    [Fact]
    public void Playground_Citation_CarriesPageDateAndWording()
    {
        var citation = PlaygroundAnswer.From(AnswerWith(PdfCitation(stale: true), MarkdownCitation())).Citations;

        Assert.Equal((4, "2024-03-01", true, "updated 2024-03-01 \u00B7 may be out of date"), (citation[0].Page, citation[0].Updated, citation[0].MayBeOutOfDate, citation[0].Freshness));
        Assert.Equal((null, "2025-01-15", false, "updated 2025-01-15"), (citation[1].Page, citation[1].Updated, citation[1].MayBeOutOfDate, citation[1].Freshness));
    }

    [Fact]
    public void Contract_Citation_HasPageUpdatedAndStaleFlag()
    {
        using var json = JsonDocument.Parse(AnswerContract.From(AnswerWith(PdfCitation(stale: true), MarkdownCitation())).ToJson());

        var citations = json.RootElement.GetProperty("citations");
        Assert.Equal(4, citations[0].GetProperty("page").GetInt32());
        Assert.Equal("2024-03-01", citations[0].GetProperty("updated").GetString());
        Assert.True(citations[0].GetProperty("mayBeOutOfDate").GetBoolean());
        Assert.Equal(JsonValueKind.Null, citations[1].GetProperty("page").ValueKind);
        Assert.False(citations[1].GetProperty("mayBeOutOfDate").GetBoolean());
    }
}
