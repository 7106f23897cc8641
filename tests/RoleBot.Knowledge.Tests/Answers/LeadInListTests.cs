using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>An excerpt that ends in a lead-in ("you'll be expected to:") brings the list it introduces.</summary>
public sealed class LeadInListTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_ExcerptEndingInALeadIn_BringsItsFirstListItems(bool semantic)
    {
        // The sentence that answers opens the line and is short, so the excerpt grows with the line's next sentence,
        // which is a lead-in: the list items after it are the substance.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("product-manager-ladder.md", """
            # Product manager ladder

            ## Product manager I

            A product manager I is embedded on one squad. At this level, you'll be expected to:
            - Work under the guidance of a more senior product manager
            - Run the squad's planning meetings with support

            ## Product manager II

            A product manager II leads a squad on their own and sets its quarterly goals.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path, semantic: semantic ? null : RoleBot.Knowledge.Semantic.SemanticSettings.Lexical);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("is a product manager I embedded on a squad?"));

        Assert.True(answer.Answered);
        var first = answer.Citations[0].Excerpt.Text;
        Assert.StartsWith("A product manager I is embedded", first, StringComparison.Ordinal);
        Assert.Contains("guidance of a more senior product manager", first, StringComparison.Ordinal);
    }
}
