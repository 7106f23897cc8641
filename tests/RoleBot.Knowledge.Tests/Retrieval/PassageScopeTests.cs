using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoleBot.Knowledge.Retrieval;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Retrieval;

/// <summary>Channel scopes reach the search: a scoped answer cites only passages inside the scope.</summary>
public sealed class PassageScopeTests : IDisposable
{
    private readonly TempFolder _folder = TestPaths.NewTempFolder().CopyFrom(TestPaths.Knowledge);
    private readonly KnowledgeHost _host;

    public PassageScopeTests()
    {
        _folder.Write("team/ml-notes.md", """
            ---
            title: ML team notes
            tags: [ml-team, onboarding]
            owners:
              - ana
              - bo
            ---
            # ML team notes

            ## Spark at our company

            An ML engineer on our team needs Spark for the nightly feature pipelines that feed every model.
            """);
        _host = new KnowledgeHost(Options.Create(new KnowledgeOptions { Path = _folder.Path }), NullLoggerFactory.Instance);
    }

    [Fact]
    public void FrontMatter_TagsAndOwners_ReachEveryPassageOfTheDocument()
    {
        var passage = Assert.Single(_host.Current.Passages, p => p.SourcePath == "team/ml-notes.md");
        Assert.Equal(["ml-team", "onboarding"], passage.Tags);
        Assert.Equal(["ana", "bo"], passage.Owners);
        Assert.All(_host.Current.Passages.Where(p => p.SourcePath != "team/ml-notes.md"), p => Assert.Empty(p.Owners));
    }

    [Fact]
    public void Ask_FolderScope_CitesOnlyThatFolder()
    {
        var everything = _host.Ask("does an MLE need Spark?");
        Assert.Contains(everything.Citations, c => !c.Source.StartsWith("team/", StringComparison.Ordinal));

        var scoped = _host.Ask("does an MLE need Spark?", scope: new PassageScope { Folders = ["team/"] });
        Assert.True(scoped.Answered);
        Assert.All(scoped.Citations, c => Assert.StartsWith("team/", c.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_TagScope_CitesOnlyTaggedDocuments()
    {
        var scoped = _host.Ask("does an MLE need Spark?", scope: new PassageScope { Tags = ["ML-TEAM"] });
        Assert.True(scoped.Answered);
        Assert.All(scoped.Citations, c => Assert.Equal("team/ml-notes.md", c.Source));
    }

    [Fact]
    public void Ask_ScopeWithoutMatchingDocuments_SaysNotCovered()
    {
        var scoped = _host.Ask("does an MLE need Spark?", scope: new PassageScope { Folders = ["hr"] });
        Assert.False(scoped.Answered);
        Assert.Empty(scoped.Citations);
        Assert.True(_host.Ask("does an MLE need Spark?").Answered);
    }

    [Fact]
    public void Ask_FolderAndTag_BothMustHold()
    {
        var scoped = _host.Ask("does an MLE need Spark?", scope: new PassageScope { Folders = ["team"], Tags = ["not-a-tag"] });
        Assert.False(scoped.Answered);
    }

    [Fact]
    public void Key_SameScopeWrittenDifferently_IsEqual()
    {
        Assert.Equal(new PassageScope { Folders = ["b/", "a"], Tags = ["X"] }.Key, new PassageScope { Folders = ["a/", "/b"], Tags = ["x"] }.Key);
        Assert.NotEqual(new PassageScope { Folders = ["a"] }.Key, new PassageScope { Tags = ["a"] }.Key);
        Assert.Equal("", PassageScope.Everything.Key);
    }

    public void Dispose()
    {
        _host.Dispose();
        _folder.Dispose();
    }
}
