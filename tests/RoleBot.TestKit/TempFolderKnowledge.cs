using RoleBot.Knowledge;
using RoleBot.Knowledge.Semantic;

namespace RoleBot.TestKit;

/// <summary>Loads a test's folder as knowledge in either mode, for tests that must hold in hybrid and lexical mode alike.</summary>
public static class TempFolderKnowledge
{
    /// <param name="semantic">True: hybrid, with the real embedding model; false: lexical only.</param>
    public static KnowledgeBase LoadKnowledge(this TempFolder folder, bool semantic) =>
        KnowledgeBase.Load(folder.Path, semantic: semantic ? null : SemanticSettings.Lexical);
}
