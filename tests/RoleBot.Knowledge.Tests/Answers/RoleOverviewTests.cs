using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>"what does an SRE do?" opens with the line that says what the role does.</summary>
public sealed class RoleOverviewTests
{
    [Fact]
    public void Ask_RoleOverview_LineThatOnlyNamesTheGrade_DoesNotLead()
    {
        // "The Site Reliability Engineer is a grade 6." opens with the role's name like a definition, yet says nothing
        // about the work; the description does.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-site-reliability-engineer.md", """
            # Site Reliability Engineer

            ## Levels

            ### Site Reliability Engineer

            #### Job Grade

            The Site Reliability Engineer is a grade 6.

            ## Description

            Site Reliability Engineers keep every user-facing service running smoothly and automate away repetitive operations work.
            """);
        folder.Write("zenith-designer.md", """
            # Designer

            Designers run user research and turn it into prototypes.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("what does an SRE do?"));

        Assert.True(answer.Answered);
        Assert.StartsWith("Site Reliability Engineers keep", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }
}
