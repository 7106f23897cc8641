using RoleBot.Knowledge.Semantic;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Retrieval;

/// <summary>
/// Roles that job posts and team pages name in ways the built-in glossary does not: a post addressing the reader in its
/// role, a "Leader", a Product Owner distinct from the product manager.
/// </summary>
public sealed class RoleDiscoveryFromPostsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Load_RoleNamedOnlyByAddressingTheReader_IsARole_AlsoFromAReusedIndex(bool reuse)
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("acme-advocacy.md", """
            # Developer Advocacy at Acme

            As a Developer Advocate, you will speak at meetups and write guides for the people who use our tools.
            """);
        using var index = TestPaths.NewTempFolder();
        if (reuse)
        {
            KnowledgeBase.Load(folder.Path, semantic: SemanticSettings.Lexical, indexPath: index.Path).Dispose();
        }

        using var knowledge = KnowledgeBase.Load(folder.Path, semantic: SemanticSettings.Lexical, indexPath: index.Path);

        Assert.Contains(knowledge.Parser.Parse("what does a developer advocate do?").Roles, r => r.Name == "Developer Advocate");
    }

    [Fact]
    public void AddressedRoles_OnlyCapitalisedNamesBeforeYou()
    {
        var found = Glossary.RoleDiscovery.AddressedRoles([
            "As a Developer Advocate, you will speak at meetups.",
            "As a team we value kindness.",
            "As a result, you may be asked to travel.",          // lower case: no name
        ]);

        Assert.Equal(["Developer Advocate"], found);
    }

    [Fact]
    public void Load_LeaderAndProductOwnerTitles_AreRolesOfTheirOwn()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("acme-technical-leader.md", "# Technical Leader\n\nThe technical leader keeps the codebase healthy and guides design reviews.\n");
        folder.Write("acme-product-owner.md", "# Product Owner\n\nThe product owner orders the backlog and writes user stories with the team.\n");
        folder.Write("acme-product-manager.md", "# Product Manager\n\nThe product manager sets the product vision and the roadmap.\n");
        using var knowledge = folder.LoadKnowledge(semantic: false);

        var parsed = knowledge.Parser.Parse("PM vs PO vs technical leader?");

        Assert.Contains(parsed.Roles, r => r.Name == "Technical Leader");
        Assert.Contains(parsed.Roles, r => r.Name == "Product Owner");
        Assert.Contains(parsed.Roles, r => r.Id == "product-manager");
    }
}
