using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Semantic;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>Curated answers in knowledge/answers/*.md: matched first, quoted verbatim, labelled; bad files are warnings.</summary>
public sealed class CuratedAnswerTests
{
    private const string Curated = """
        ---
        questions:
          - how long is on-call for new ML engineers?
          - when do MLEs join the pager rotation?
        owner: Dana Lee
        updated: 2026-11-30
        sources: [ml-engineer.md]
        ---
        New ML engineers shadow on-call for four weeks, then join the rotation.
        """;

    [Theory]
    [InlineData(true, "when does a new ML engineer start on call?")]             // by meaning
    [InlineData(false, "when do new MLEs join the pager rotation?")]             // by shared words
    public void Ask_CloseToACuratedQuestion_GetsItFirstWithOwnerAndDate(bool semantic, string question)
    {
        using var folder = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        folder.Write("answers/on-call.md", Curated);
        using var knowledge = KnowledgeBase.Load(folder.Path, semantic: semantic ? SemanticSettings.Default : SemanticSettings.Lexical);
        var composer = new AnswerComposer(knowledge);

        var answer = composer.Compose(knowledge.Parser.Parse(question));

        Assert.True(answer.Answered);
        Assert.NotNull(answer.Curated);
        Assert.StartsWith("Answer from Dana Lee, updated 2026-11-30: \u201CNew ML engineers shadow on-call for four weeks, then join the rotation.\u201D", answer.Text, StringComparison.Ordinal);
        Assert.Equal("answers/on-call.md", AnswerContract.From(answer).Curated!.Source);
    }

    [Fact]
    public void Ask_CuratedAnswerAboutANameTheDocumentsNeverUse_StillGiven()
    {
        using var folder = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        folder.Write("answers/remote-access.md", """
            ---
            questions:
              - how do I get VPN access?
            owner: Sam Ortiz
            updated: 2026-11-30
            ---
            Ask the IT desk for a remote-access profile on your first day.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path, semantic: SemanticSettings.Lexical);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("how do I get VPN access?"));

        Assert.True(answer.Answered);
        Assert.NotNull(answer.Curated);
    }

    [Fact]
    public void Ask_UnrelatedQuestion_NoCuratedAnswer()
    {
        using var folder = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        folder.Write("answers/on-call.md", Curated);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("does an MLE need Spark?"));

        Assert.Null(answer.Curated);
        Assert.True(answer.Answered);
    }

    [Theory]
    [InlineData("---\nowner: Sam\n---\nAn answer with no questions.\n", "no questions")]
    [InlineData("---\nquestions: [what is it?]\n---\n\n", "no answer text")]
    [InlineData("---\nquestions: [unclosed\n---\nText.\n", "curated answer skipped")]
    public void Load_BrokenCuratedAnswer_IsAWarningAndTheRestLoads(string content, string reason)
    {
        using var folder = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
        folder.Write("answers/broken.md", content);
        folder.Write("answers/on-call.md", Curated);

        using var knowledge = KnowledgeBase.Load(folder.Path, semantic: SemanticSettings.Lexical);

        Assert.Contains(knowledge.Warnings, w => w.SourcePath.EndsWith("broken.md", StringComparison.Ordinal) && w.Message.Contains(reason, StringComparison.Ordinal));
        Assert.Single(knowledge.Curated.All);
    }
}
