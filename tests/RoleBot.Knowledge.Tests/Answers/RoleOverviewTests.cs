using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;
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

    [Fact]
    public void Ask_RoleOverview_QuotesASecondSource_WhenOneDocumentHoldsManyDefiningLines()
    {
        // Three lines of one page are that page's view of the role; another page's line within reach takes the third
        // place, though on its own it ranks fourth (without the per-document limit all three come from Acme's page).
        using var folder = TestPaths.NewTempFolder();
        folder.Write("acme-data-scientist.md", """
            # Data scientist at Acme

            ## What the job is

            Data scientists build models from the data that product teams collect.

            Data scientists clean raw data before they train anything on it.

            ## Who they work with

            Data scientists work with product managers to decide which features a model needs.

            Data scientists review experiment results with analysts every week.
            """);
        folder.Write("roles-overview.md", """
            # Roles on the analytics team

            ## Data scientist

            Data scientists are welcome at the Friday social.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("DS role, quick overview pls"));

        Assert.True(answer.Answered);
        Assert.Equal(3, answer.Citations.Count);
        Assert.Contains(answer.Citations, c => c.Source.EndsWith("roles-overview.md", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("As a Centers of Excellence Data Platform Specialist you will be responsible for modernising how agencies store their data.", true)]
    [InlineData("As an experienced Data Platform Specialist, you'll modernise how agencies store and share their data.", true)]
    [InlineData("Partner agencies often ask the Centers of Excellence Data Platform Specialist for advice on storage.", false)]
    [InlineData("As a rule, the Centers of Excellence Data Platform Specialist reviews every storage request twice.", false)]
    public void Defines_JobPostAddressingTheReaderInTheRole_CountsAsDefining(string line, bool defines)
    {
        // "As a Centers of Excellence AI Specialist you will be responsible for …" is a job post's own summary of the job,
        // though the role's name starts past the first words where a defining line names it.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("gsa-data-platform-specialist.md", $"""
            # Data Platform Specialist

            {line}
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);
        var roleIds = knowledge.Parser.Parse("data platform specialist").Roles.Select(r => r.Id).ToList();
        var candidate = new Retriever(knowledge).Retrieve([], roleIds).Single(c => c.Passage.Text.StartsWith(line[..20], StringComparison.Ordinal));

        Assert.Single(roleIds);
        Assert.Equal(defines, ExcerptRanking.Defines(candidate.Analysis.Sentences[0], roleIds, candidate.Passage.Text));
    }

    [Theory]
    [InlineData("Be part of the data engineering leadership team and set its standards with the head of data.", false)]
    [InlineData("Data engineers build the pipelines that load the warehouse every night.", true)]
    [InlineData("Data prep: data engineers own the ETL jobs that prepare the training data.", false)]   // a labelled list item
    public void Defines_DisciplineOrLabelBeforeTheRole_IsNotTheRoleDefined(string line, bool defines)
    {
        // "data engineering" stems like "data engineer", but it names the discipline: such a line is one duty among many.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("dfe-data-engineer.md", $"""
            # Data engineer

            {line}
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path, semantic: RoleBot.Knowledge.Semantic.SemanticSettings.Lexical);
        var candidate = new Retriever(knowledge).Retrieve([], ["data-engineer"]).Single(c => c.Passage.Text.StartsWith(line[..20], StringComparison.Ordinal));

        Assert.Equal(defines, ExcerptRanking.Defines(candidate.Analysis.Sentences[0], ["data-engineer"], candidate.Passage.Text));
    }
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_RoleOverviewOfAJobPost_QuotesTheDutiesNotWhatTheEmployerOffers(bool semantic)
    {
        // A job post's "What we offer" and "What we value" come first, yet say nothing about the analyst's work.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-data-analyst.md", """
            # Job title: Data Analyst

            ## What we offer

            - Remote work with a yearly team retreat
            - A learning budget for every employee

            ## What we value

            - Asynchronous communication by default with calls when needed
            - Customer focus and empathy

            ## Key Responsibilities

            - Write and tune queries against the warehouse
            - Build dashboards that the business teams use every week
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("what does a data analyst at zenith do?"));

        Assert.True(answer.Answered);
        Assert.EndsWith("Key Responsibilities", answer.Citations[0].Section, StringComparison.Ordinal);
    }
}
