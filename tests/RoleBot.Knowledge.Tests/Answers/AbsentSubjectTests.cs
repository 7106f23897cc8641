using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>
/// A question about a role or a named thing the documents never mention is "not covered", said plainly, instead of
/// quoting excerpts that share its other words.
/// </summary>
public sealed class AbsentSubjectTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("what does a scrum master do?", "a scrum master")]
    [InlineData("what does an MLOps person do that an SRE doesn't?", "a site reliability engineer")]       // SRE in the glossary, in no document
    [InlineData("what does a data engineer do?", "a data engineer")]    // in the glossary, in no document
    [InlineData("what does a nurse practitioner do", "a nurse practitioner")]   // "nurse" is a role noun too: the last one heads
    [InlineData("what does the marketing intern do", "a marketing intern")]
    public void Ask_RoleTheDocumentsNeverName_SaysSoWithoutExcerpts(string question, string named)
    {
        var answer = fixture.Ask(question);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.Equal($"My sources don't mention {named}, so I won't guess.", answer.Lead);
    }

    [Fact]
    public void Ask_NameTheDocumentsNeverUse_SaysSo()
    {
        var answer = fixture.Ask("should MLEs learn Terraform?");

        Assert.False(answer.Answered);
        Assert.Equal("My sources don't mention Terraform, so I won't guess.", answer.Lead);
    }

    [Fact]
    public void Ask_PlaceTheDocumentsNeverName_SaysSo()
    {
        var answer = fixture.Ask("what's the avg DS salary in Berlin?");

        Assert.False(answer.Answered);
        Assert.Equal("My sources don't mention Berlin, so I won't guess.", answer.Lead);
    }

    [Fact]
    public void Ask_LettersAndDigitsTheDocumentsNeverUse_SaysSoInAnyCase()
    {
        // "401k" is a plan's name whether or not it is capitalised; no English word mixes letters and digits.
        var answer = fixture.Ask("what's the 401k match for data scientists");

        Assert.False(answer.Answered);
        Assert.Equal("My sources don't mention 401k, so I won't guess.", answer.Lead);
    }

    [Fact]
    public void Ask_LevelNamedOnlyInAHeading_IsNotAbsent()
    {
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("zenith-ladder.md", """
            # Engineering ladder

            ## IC2

            Delivers well-scoped tasks with some guidance from a senior engineer.

            ## IC3

            Owns features end to end and reviews the work of others.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("what does an engineer at ic3 own"));

        Assert.True(answer.Answered);
    }

    [Fact]
    public void Ask_NameOnlyInAFileName_IsNotAbsent()
    {
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("zenbu-data-engineer.md", "# Data engineer\n\n## Duties\n\nData engineers build and run the pipelines that feed the warehouse.\n");
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("what pipelines do data engineers run at Zenbu?"));

        Assert.True(answer.Answered);
    }

    [Theory]
    [InlineData("should MLEs learn terraform?")]          // lower case: not recognisable as a name, but still no verdict
    [InlineData("does an MLE need to learn terraform")]
    public void Ask_OnlyTheCommonWordsOfTheTopicMatch_NoYesVerdict(string question)
    {
        var answer = fixture.Ask(question);

        Assert.NotEqual(Verdict.Yes, answer.Verdict);
    }

    [Theory]
    [InlineData("does an MLE need Spark?")]
    [InlineData("what does a senior data scientist do?")]         // a qualifier, not another role
    [InlineData("should a software engineer become an MLE or a DS?")]
    [InlineData("do ML engineers use Docker")]
    public void Ask_RolesAndNamesTheDocumentsUse_StillAnswered(string question) =>
        Assert.True(fixture.Ask(question).Answered, question);

    [Theory]
    [InlineData("what does a scrum master do?", "scrum master")]
    [InlineData("do blockchain developers code?", "blockchain developer")]
    [InlineData("what does the carpentries accessibility coordinator do", "accessibility coordinator")]
    [InlineData("is an SRE on call?", "SRE")]
    [InlineData("what does a nurse practitioner do", "nurse practitioner")]
    [InlineData("do the community liaisons run events", "community liaison")]
    public void RoleMentions_PhraseOutsideKnownRoles_IsFound(string question, string phrase) =>
        Assert.Contains(phrase, RoleMentions.Unknown(question, []));

    [Fact]
    public void Ask_RoleNamedOnlyInAHeadingWithAWordBetween_IsCovered()
    {
        // "Marketing/Growth Lead" is the marketing lead a newcomer asks about; running text needs the words together.
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("zenith-jobs.md", """
            # Jobs

            ## Marketing/Growth Lead

            You will plan campaigns and write the newsletter every month.

            ## Data

            Our data, ML engineers and analysts share one warehouse.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);
        var composer = new AnswerComposer(knowledge);

        var heading = composer.Compose(knowledge.Parser.Parse("what does the marketing lead do?"));
        var text = composer.Compose(knowledge.Parser.Parse("what does a data engineer do?"));

        Assert.True(heading.Answered);
        Assert.False(text.Answered);
        Assert.Equal("My sources don't mention a data engineer, so I won't guess.", text.Lead);
    }

    [Fact]
    public void Ask_KnownRoleNarrowedByAWordTheDocumentsNeverUse_IsNotCovered()
    {
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("zenith-developer.md", "# Developer\n\n## Pay\n\nDevelopers are paid a salary on a published band and an allowance for out-of-hours support.\n");
        using var knowledge = KnowledgeBase.Load(folder.Path);
        var composer = new AnswerComposer(knowledge);

        var narrowed = composer.Compose(knowledge.Parser.Parse("what's the salary for a blockchain developer"));
        var plain = composer.Compose(knowledge.Parser.Parse("what's the salary for a developer"));
        var known = composer.Compose(knowledge.Parser.Parse("is out-of-hours support paid for a zenith developer?"));

        Assert.False(narrowed.Answered);
        Assert.Equal("My sources don't mention a blockchain developer, so I won't guess.", narrowed.Lead);
        Assert.True(plain.Answered);
        Assert.True(known.Answered);
    }

    [Theory]
    [InlineData("what does a good engineer do?")]
    [InlineData("do i need a masters degree?")]
    [InlineData("how do i become an engineer")]
    [InlineData("are the open engineer jobs remote?")]                     // "open" describes the jobs, not a kind of engineer
    [InlineData("how long must i be an organisation member to review?")]   // belonging to a group is no distinct role
    [InlineData("how many engineers should share our on-call schedule?")]  // how many, not a kind of engineer
    [InlineData("do several reviewers need to approve?")]
    public void RoleMentions_QualifierOrNoRole_FindsNothing(string question) =>
        Assert.Empty(RoleMentions.Unknown(question, []));

    [Theory]
    [InlineData("Terraform", true)]
    [InlineData("VPN", true)]
    [InlineData("nutshell", true)]      // the word list is small: why the composer only trusts capitalised words
    [InlineData("Spark", false)]        // in the knowledge
    [InlineData("Berlin", true)]        // capitalised: a name, though the English word list has "berlin"
    [InlineData("berlin", false)]       // lower case: an English word-list entry
    [InlineData("enginer", false)]      // a typo of a knowledge word
    [InlineData("ML", false)]           // too short to tell
    public void Vocabulary_IsUnknownName(string word, bool unknown) =>
        Assert.Equal(unknown, fixture.Knowledge.Vocabulary.IsUnknownName(word));

    [Fact]
    public void Ask_ManyDifferentUnknownRoles_RemembersAtMostTheLimit()
    {
        using var knowledge = KnowledgeBase.FromPassages(
            [new Passages.Passage("p1", "Team", "Roles", "team.md", null, "The tester checks every release before it ships.", [], null)]);
        var composer = new AnswerComposer(knowledge);

        for (var i = 0; i <= AnswerComposer.MaxRememberedPhrases; i++)
        {
            Assert.False(composer.Compose(knowledge.Parser.Parse($"what does a zq{i} architect do?")).Answered);
            Assert.Equal((i % AnswerComposer.MaxRememberedPhrases) + 1, composer.RememberedPhrases);   // emptied when full
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Compare_WithARoleTheDocumentsNeverName_SaysSoAndQuotesTheOtherRole(bool semantic)
    {
        // "service management" is no service manager, though the index stems both alike.
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("product-manager.md", """
            # Product manager

            Product managers decide what the team builds next and own the roadmap for their product area.

            Product managers take part in service management reviews every quarter.
            """);
        folder.Write("designer.md", """
            # Designer

            Designers run user research and turn it into prototypes.
            """);
        using var knowledge = RoleBot.TestKit.TempFolderKnowledge.LoadKnowledge(folder, semantic);
        var composer = new AnswerComposer(knowledge);

        var compared = composer.Compose(knowledge.Parser.Parse("service manager vs product manager"));
        var asked = composer.Compose(knowledge.Parser.Parse("what does a service manager do?"));

        Assert.True(compared.Answered);
        Assert.StartsWith("My sources don't mention a service manager, so I can't compare it with the product manager role.", compared.Lead, StringComparison.Ordinal);
        Assert.Null(compared.Comparison);
        Assert.All(compared.Citations, c => Assert.Equal("product-manager.md", c.Source));
        Assert.False(asked.Answered);
        Assert.Equal("My sources don't mention a service manager, so I won't guess.", asked.Lead);
    }

    [Fact]
    public void Compare_ThingsThatAreNoRoles_IsNoAbsentRole()
    {
        // "R" is no role: "python vs R for a DS" compares tools, whatever the documents say about R.
        var answer = fixture.Ask("python vs R for a DS");

        Assert.DoesNotContain("don't mention", answer.Lead, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_RoleQualifiedByTheProjectItsDocumentsAreNamedFor_IsNotAbsent(bool semantic)
    {
        // "rust maintainer": the pages of rust-compiler-team.md say "maintainers", never "rust maintainer".
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("rust-compiler-team.md", """
            # Compiler team membership

            Maintainers review pull requests, mentor new contributors and shape the direction of the compiler.
            """);
        folder.Write("designer.md", """
            # Designer

            Designers run user research and turn it into prototypes.
            """);
        using var knowledge = RoleBot.TestKit.TempFolderKnowledge.LoadKnowledge(folder, semantic);
        var composer = new AnswerComposer(knowledge);

        var project = composer.Compose(knowledge.Parser.Parse("what does a rust maintainer do?"));
        var other = composer.Compose(knowledge.Parser.Parse("what does a scrum maintainer do?"));

        Assert.True(project.Answered);
        Assert.Contains("review pull requests", project.Citations[0].Excerpt.Text, StringComparison.Ordinal);
        Assert.False(other.Answered);
        Assert.Equal("My sources don't mention a scrum maintainer, so I won't guess.", other.Lead);
    }

    [Fact]
    public void Ask_ProjectQualifiedRole_WhoseNounAlsoNamesTheDocument_IsNotAbsent()
    {
        // "member" in the file name names the document as "rust" does: the noun is still what is looked for.
        using var folder = RoleBot.TestKit.TestPaths.NewTempFolder();
        folder.Write("rust-compiler-team-member-guide.md", """
            # Compiler team

            Members review pull requests and can approve changes to the compiler.
            """);
        using var knowledge = RoleBot.TestKit.TempFolderKnowledge.LoadKnowledge(folder, semantic: false);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("what does a rust member do?"));

        Assert.True(answer.Answered);
    }
}
