using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests;

/// <summary>The default knowledge/ loaded once per test class (read-only).</summary>
public sealed class KnowledgeFixture : IDisposable
{
    public KnowledgeFixture()
    {
        Knowledge = KnowledgeBase.Load(TestPaths.Knowledge);
        Composer = new AnswerComposer(Knowledge);
    }

    public KnowledgeBase Knowledge { get; }

    public AnswerComposer Composer { get; }

    public Answer Ask(string question, Knowledge.Retrieval.ConversationContext? previous = null) =>
        Composer.Compose(Knowledge.Parser.Parse(question, previous));

    public void Dispose() => Knowledge.Dispose();
}
