using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RoleBot.Knowledge.Answers;
using static RoleBot.Channels.Teams.AdaptiveCardElements;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Teams form of an answer: one markdown message labelled AI-generated whose [n] open Teams citations (excerpt,
/// document, section) with Teams' own feedback buttons; then, only when needed, an Adaptive Card 1.5 for what text
/// cannot carry (comparison table, "compare with the other role", follow-up questions). They are two activities
/// because Teams splits text plus attachment into two messages anyway.
/// </summary>
internal static partial class TeamsAnswerRenderer
{
    // Teams' limits on citation entities (see protocols §4.6).
    public const int MaxCitations = 20;
    public const int MaxNameChars = 80;
    public const int MaxAbstractChars = 160;
    public const int MaxKeywordChars = 28;

    /// <summary>Excerpt characters shown in a comparison-table cell.</summary>
    public const int CellChars = 90;

    public static IReadOnlyList<Activity> Render(Answer answer, Func<Activity> newReply, int excerptChars)
    {
        var message = newReply();
        message.TextFormat = "markdown";
        message.Text = AnswerMarkdown.Render(answer, excerptChars);
        if (answer.Answered)
        {
            message.Entities = [CitationEntity(answer, message.Text)];
            message.ChannelData = new JsonObject { ["feedbackLoop"] = new JsonObject { ["type"] = "default" } };
        }

        var activities = new List<Activity> { message };
        if (ExtrasCard(answer) is { } card)
        {
            var cardMessage = newReply();
            cardMessage.Attachments = [Attachment(card)];
            activities.Add(cardMessage);
        }

        return activities;
    }

    /// <summary>The one root schema.org Message entity: the AI label and a Claim per [n] the text refers to.</summary>
    public static JsonObject CitationEntity(Answer answer, string text)
    {
        var referenced = Reference().Matches(text).Select(m => int.Parse(m.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var citations = new JsonArray();
        foreach (var citation in answer.Citations.Where(c => referenced.Contains(c.N)).Take(MaxCitations))
        {
            var appearance = new JsonObject
            {
                ["@type"] = "DigitalDocument",
                ["name"] = CitationName(citation),
                ["abstract"] = AnswerMarkdown.Shorten(citation.Excerpt.Text, MaxAbstractChars),
                ["keywords"] = Keywords(citation),
            };
            if (SourceUrl.ForLink(citation.Url) is { } url)
            {
                appearance["url"] = url;
            }

            citations.Add(new JsonObject { ["@type"] = "Claim", ["position"] = citation.N, ["appearance"] = appearance });
        }

        return new JsonObject
        {
            ["type"] = "https://schema.org/Message",
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = "",
            ["additionalType"] = new JsonArray("AIGeneratedContent"),
            ["citation"] = citations,
        };
    }

    /// <summary>"Title › Section, p. 4" within Teams' 80 characters: a long title is shortened, never the page.</summary>
    private static string CitationName(Citation citation)
    {
        var page = citation.Page is { } p ? ", " + PageLabel.Of(p) : string.Empty;
        var name = CitationLabel.Source(citation with { Page = null });
        return AnswerMarkdown.Shorten(string.IsNullOrWhiteSpace(name) ? citation.Source : name, MaxNameChars - page.Length) + page;
    }

    /// <summary>The section, then when the document was updated and whether it may be out of date (Teams shows keywords as tags).</summary>
    private static JsonArray Keywords(Citation citation)
    {
        var keywords = new JsonArray(AnswerMarkdown.Shorten(citation.Section, MaxKeywordChars));
        if (citation.Updated is { } updated)
        {
            keywords.Add("updated " + CitationLabel.Date(updated));
        }

        if (citation.MayBeOutOfDate)
        {
            keywords.Add(CitationLabel.OutOfDate);
        }

        return keywords;
    }

    private static JsonObject? ExtrasCard(Answer answer)
    {
        var body = new JsonArray();
        if (answer.Comparison is { } comparison)
        {
            body.Add(Text("Side by side", bold: true));
            body.Add(Row(["Aspect", .. comparison.Roles.Select(MarkdownText.Escape)], bold: true));
            foreach (var row in comparison.Rows)
            {
                // A card cannot open Teams citations, so each cell quotes the start of its excerpt (TextBlocks are markdown).
                body.Add(Row([MarkdownText.Escape(row.Aspect), .. row.Cells.Select(n => n is { } c && c >= 1 && c <= answer.Citations.Count
                    ? $"[{c}] {MarkdownText.Escape(AnswerMarkdown.Shorten(answer.Citations[c - 1].Excerpt.Text, CellChars))}"
                    : "not covered")]));
            }
        }

        var actions = new JsonArray();
        foreach (var (title, question) in AnswerActions.FollowUps(answer))
        {
            actions.Add(Execute(title, "ask", AskData(question)));
        }

        if (actions.Count == 0 && body.Count == 0)
        {
            return null;
        }

        if (body.Count == 0)
        {
            body.Add(Text("Related questions", subtle: true));
        }

        return Card(body, actions);
    }

    [GeneratedRegex(@"\[(\d{1,3})\]")]
    private static partial Regex Reference();
}
