using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>"tcp vs udp": a comparison side no document uses is said so, in either mode.</summary>
public sealed class AbsentComparisonSideTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_ComparisonOfWordsNoDocumentUses_SaysSo(bool semantic)
    {
        // "tcp vs udp": nothing to compare either on; lexical mode quoted a line sharing "server". A side written only in
        // headings ("IC2") is used.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("ladder.md", """
            # Engineering ladder

            ## IC2

            Delivers small features on a game server with help from a senior engineer.

            ## IC3

            Delivers features on their own and reviews the work of others.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);
        var composer = new AnswerComposer(knowledge);

        var absent = composer.Compose(knowledge.Parser.Parse("tcp vs udp, which one should i use for a multiplayer game server?"));
        var levels = composer.Compose(knowledge.Parser.Parse("IC2 vs IC3, what changes?"));

        Assert.False(absent.Answered);
        Assert.Equal("My sources don't mention tcp, so I won't guess.", absent.Lead);
        Assert.True(levels.Answered);
    }

    [Fact]
    public void Ask_LevelNumbersTheIndexDoesNotKeep_AreNoAbsentSide()
    {
        // The analyzer keeps no lone digit as a word, so "3" is in no passage; a level number is still no unknown name.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("ladder.md", """
            # Data engineer ladder

            ## Data Engineer II

            Works on well scoped tasks with light guidance from the team.

            ## Data Engineer III

            Breaks down ambiguous problems and guides others through them.
            """);
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("data engineer 2 vs data engineer 3?"));

        Assert.DoesNotContain("don't mention", answer.Lead);
        Assert.True(answer.Answered);
    }
}
