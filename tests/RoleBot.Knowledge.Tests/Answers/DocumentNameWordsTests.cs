using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>Words that only name a document (file name, title, heading) make neither a topic ("what does X do at Acme?") nor an excerpt.</summary>
public sealed class DocumentNameWordsTests
{
    [Fact]
    public void Ask_RoleAtAnOrganisationNamedOnlyByItsDocuments_QuotesTheRoleOverview()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("acme-data-engineer.md", """
            # Data engineer at Acme

            Below you will find the list of skills for becoming a data engineer at Acme and a description for each level.

            ## What a data engineer does

            Data engineers build the pipelines that ingest, clean and store data so analysts can trust it.

            ## Level 2

            You review pull requests and mentor interns at Acme.
            """);
        folder.Write("acme-designer.md", """
            # Designer at Acme

            Below you will find the list of skills for becoming a designer at Acme and a description for each level.

            ## What a designer does

            Designers run user research and turn it into prototypes.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("what does a data engineer do at acme"));

        Assert.True(answer.Answered);
        Assert.Contains("build the pipelines", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_YesNoAtAnOrganisation_LeadNamesTheTopicWithoutTheOrganisation(bool semantic)
    {
        // "The sources mention acme write specs" reads as nonsense: "at acme" says whose documents, not what about them.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("acme-product-manager.md", """
            # Product manager at Acme

            Product managers write specs for every feature before engineers estimate it, and review them with design.
            """);
        folder.Write("acme-designer.md", """
            # Designer at Acme

            Designers run user research and turn it into prototypes.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("do product managers at acme write specs?"));

        Assert.True(answer.Answered);
        Assert.Contains("write specs", answer.Lead, StringComparison.Ordinal);
        Assert.DoesNotContain("acme", answer.Lead, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what should i do on my first day at acme", "first day")]
    [InlineData("tell me about code reviews at alpine ridge", "code reviews")]
    public void Ask_OrganisationInTheTopic_LeadDropsTheNameWithItsPreposition(string question, string topic)
    {
        // The lead read "the sources say about first day at:" — the name went, its "at" stayed; and a two-word
        // organisation ("alpine ridge") lost only its first word.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("acme-new-starters.md", """
            # New starters at Acme

            On your first day you meet your buddy, collect your laptop and join the team standup.
            """);
        folder.Write("alpine-ridge-reviews.md", """
            # Code reviews at Alpine Ridge

            Code reviews need one approval from an owner of the code before a change is merged.
            """);
        using var knowledge = folder.LoadKnowledge(semantic: false);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse(question));

        Assert.True(answer.Answered);
        Assert.Equal($"Here is what the sources say about {topic}:", answer.Lead);
    }

    [Theory]
    [InlineData("do acme software engs need to worry about a11y?", "Yes: the sources tie accessibility to")]
    [InlineData("do lead developers cover support?", "sources tie lead cover support to")]
    public void Ask_WordBeforeTheRoleNamingDocuments_IsTheOrganisationUnlessItRanksTheRole(string question, string lead)
    {
        // "acme software engs": the organisation narrowing the role, no topic (nor part of what a verdict needs);
        // "lead developers": a rank, still asked about. "worry" asks whether it matters, as "concern" does; "a11y" is accessibility.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("acme-software-engineer.md", """
            # Software engineer

            You program with accessibility in mind, so every service works with a screen reader.
            """);
        folder.Write("acme-lead-developer.md", """
            # Lead developer

            Lead developers cover support during office hours and sometimes out of hours.
            """);
        using var knowledge = folder.LoadKnowledge(semantic: false);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse(question));

        Assert.True(answer.Answered);
        Assert.Contains(lead, answer.Lead, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_RoleOverviewAtAnOrganisation_QuotesThatOrganisationsDescription()
    {
        // The other organisation describes the role in the words a generic "what does a data engineer do" is nearest to;
        // the question names Zenith, whose documents say it differently.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-data-engineer.md", """
            # Data engineer

            Data engineers at this company look after the nightly loads from the shop tills and keep the finance reports on time.
            """);
        folder.Write("borealis-data-engineer.md", """
            # Data engineer

            Data engineers design, build and maintain the data pipelines and infrastructure that move and transform data.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("what does a data engineer do at zenith?"));

        Assert.True(answer.Answered);
        Assert.All(answer.Citations, c => Assert.Equal("zenith-data-engineer.md", c.Source));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_OrganisationNamedOnlyInTheFileName_PrefersThatOrganisationsDocument(bool semantic)
    {
        // Neither on-call section says "Zenith" or "Borealis"; only the file names do. Without the document's name
        // counting as covered, the other organisation's line that says "on call" more often wins.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-backend-engineer.md", """
            # Backend engineer

            ## On call

            Backend engineers join the on-call rotation for the services they own, after shadowing two shifts.
            """);
        folder.Write("borealis-backend-engineer.md", """
            # Backend engineer

            ## On call

            On call is voluntary here: backend engineers on call are paid a stipend for every on-call week.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("do backend engs at zenith go on call?"));

        Assert.True(answer.Answered);
        Assert.Equal("zenith-backend-engineer.md", answer.Citations[0].Source);
    }

    [Theory]
    [InlineData("what does a data scientist do at acme")]
    [InlineData("data scientist at acme - main responsibilities?")]
    public void Ask_RoleOverview_QuotesTheSentenceThatOpensWithTheRoleNotTheLeadIn(string question)
    {
        // The lead-in repeats the question's words ("a data scientist at Acme") and so sits nearest in meaning;
        // the sentence that opens with the role says what the role does.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("acme-data-scientist.md", """
            # Data scientist

            Data scientists organize and analyze data to help users make informed decisions. They apply statistical models and share what they find in a form anyone can read.

            Below you will find the full list of skills for becoming a data scientist at Acme and a description of the skills required for each level.

            ## Senior data scientist

            You lead analyses across several teams and review the methods of others.
            """);
        folder.Write("acme-designer.md", """
            # Designer

            Designers run user research and turn it into prototypes.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse(question));

        Assert.True(answer.Answered);
        Assert.StartsWith("Data scientists organize", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WordsTheDocumentIsNamedFor_DoNotMakeTheLineThatRepeatsThemTheAnswer()
    {
        // "zenith", "core" and "team" are in the file name: every sentence of the document is about them, so the line
        // that only repeats them must not crowd out the one that says what the members do.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-core-team-responsibilities.md", """
            # Core team responsibilities

            As a member of the Zenith core team, you represent the Zenith project and the Zenith community wherever you speak.

            Core members review and approve proposed changes, and they take responsibility for the consequences of every change they merge.
            """);
        folder.Write("zenith-release-process.md", """
            # Release process

            Releases are cut every six weeks by the release manager after the test suite passes.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("what does a zenith core team member actually do"));

        Assert.True(answer.Answered);
        Assert.Contains(answer.Citations, c => c.Excerpt.Text.Contains("approve proposed changes", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_PassageThatOnlyRepeatsTheTitle_NeverQuoted()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("ladder.md", """
            # Zenith Engineering Career Framework

            Zenith Engineering Career Framework

            ## IC1

            An IC1 engineer delivers well-scoped tasks with guidance from a senior colleague.

            ## IC2

            An IC2 engineer owns small features end to end and reviews the code of peers.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("IC1 vs IC2 in the zenith engineering career framework"));

        Assert.True(answer.Answered);
        Assert.DoesNotContain(answer.Citations, c => c.Excerpt.Text.Trim() == "Zenith Engineering Career Framework");
    }

    [Fact]
    public void Ask_AtAnOrganisation_LineThatOnlyNamesTheOrganisation_IsNotQuoted()
    {
        // "Ability to use Acme" shares only "acme" with the question, yet sits near it in meaning; every line of these
        // pages is about Acme.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("acme-data-scientist.md", """
            # Data Scientist

            ## Senior Data Scientist

            The Senior Data Scientist is a grade 7.

            ## Requirements

            - Ability to use Acme
            - Senior level: five years of experience with statistical modelling
            - Senior data scientists mentor the junior members of their team

            ## Levels

            The senior level sits between the intermediate and the staff level of the data science ladder.
            """);
        folder.Write("zenith-data-scientist.md", """
            # Data Scientist

            Data scientists at Zenith build forecasting models for the stores.
            """);
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("what level is a senior DS at acme"));

        Assert.True(answer.Answered);
        Assert.DoesNotContain(answer.Citations, c => c.Excerpt.Text.StartsWith("Ability to use Acme", StringComparison.Ordinal));
    }
}
