using System.Globalization;
using RoleBot.Channels.Slack;
using RoleBot.Channels.Teams;
using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Tests.Channels;

/// <summary>
/// Titles, labels and excerpts are cut on text-element (grapheme) boundaries: never half a surrogate pair (U+FFFD in
/// Teams), never an emoji without its skin tone or a letter without its accent.
/// </summary>
public sealed class TextElementCutTests
{
    /// <summary>No spaces, so the cut cannot fall back to a word boundary; each puts a multi-char element at the cut.</summary>
    public static TheoryData<string> Titles() =>
    [
        new string('T', 78) + "\U0001F44D" + new string('x', 20),                      // surrogate pair across 79
        new string('T', 77) + "\U0001F44D\U0001F3FD" + new string('x', 20),            // thumbs up + skin tone across 79
        new string('T', 76) + "\U0001F469\u200D\U0001F469\u200D\U0001F467" + "xxxxxxxxxx", // ZWJ family across 79
        new string('T', 78) + "e\u0301" + new string('x', 20),                         // e + combining acute across 79
    ];

    private static void AssertWholeElementsPrefix(string original, string cut)
    {
        Assert.EndsWith("\u2026", cut, StringComparison.Ordinal);
        var kept = cut[..^1];
        Assert.StartsWith(kept, original, StringComparison.Ordinal);
        Assert.Contains(kept.Length, StringInfo.ParseCombiningCharacters(original).Append(original.Length));
        Assert.DoesNotContain('\uFFFD', System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(cut)));
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void Shorten_TitleAtTeamsNameLimit_CutBetweenTextElements(string title)
    {
        var name = AnswerMarkdown.Shorten(title, TeamsAnswerRenderer.MaxNameChars);
        Assert.InRange(name.Length, 1, TeamsAnswerRenderer.MaxNameChars);
        AssertWholeElementsPrefix(title, name);
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void TeamsCitationName_LongTitle_ValidTextWithinLimit(string title)
    {
        var answer = new Answer
        {
            Question = "q", Answered = true, Shape = QuestionShape.Open, Lead = "Yes [1].", Text = "t",
            Citations = [new Citation(1, title, "Introduction", "s.md", null, new Excerpt("x", 0, []), 1, "p", [], null)],
        };
        var name = (string)TeamsAnswerRenderer.CitationEntity(answer, "Yes [1].")["citation"]![0]!["appearance"]!["name"]!;
        Assert.InRange(name.Length, 1, TeamsAnswerRenderer.MaxNameChars);
        AssertWholeElementsPrefix(title, name);
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void SlackTrim_ButtonLabel_CutBetweenTextElements(string title)
    {
        var label = SlackText.Trim(title, 80);
        Assert.InRange(label.Length, 1, 80);
        AssertWholeElementsPrefix(title, label);
    }
}
