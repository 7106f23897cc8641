using RoleBot.Knowledge.Semantic;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Index;

/// <summary>Which roles a sentence is about: the people in the role, not the discipline that shares its stem.</summary>
public sealed class SentenceRolesTests
{
    [Theory]
    [InlineData("If you want to make a shift from software engineering to data science, aim for the data scientist path.", false)]
    [InlineData("Software engineers who like statistics often move into data science.", true)]
    [InlineData("A software engineer reviews every change before it ships.", true)]
    public void Sentence_DisciplineSharingTheRolesStem_IsNotAboutTheRole(string line, bool aboutSoftwareEngineers)
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("careers.md", $"# Careers\n\n{line}\n");
        using var knowledge = KnowledgeBase.Load(folder.Path, semantic: SemanticSettings.Lexical);
        var passage = knowledge.Passages.Single(p => p.Text.StartsWith(line[..20], StringComparison.Ordinal));

        var roles = knowledge.Analysis(passage.Ordinal).Sentences[0].RoleIds;

        Assert.Equal(aboutSoftwareEngineers, roles.Contains("software-engineer"));
    }
}
