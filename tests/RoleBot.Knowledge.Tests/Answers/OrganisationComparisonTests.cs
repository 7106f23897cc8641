using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>"X vs Y at acme": the organisation says whose documents, never an aspect to compare the roles on.</summary>
public sealed class OrganisationComparisonTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Compare_RolesAtAnOrganisation_NoTableRowForTheOrganisationsName(bool semantic)
    {
        // Both ladders share a line about Acme; a row "acme" quoting it twice would compare nothing.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("acme-data-scientist.md", """
            # Data scientist at Acme

            Data scientists explore data and build statistical models that answer business questions.

            I promote the Acme values at every offsite and in every review.
            """);
        folder.Write("acme-ml-engineer.md", """
            # Machine learning engineer at Acme

            Machine learning engineers deploy models to production and keep them fast and reliable.

            I promote the Acme values at every offsite and in every review.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("data scientist vs ML engineer at acme"));

        Assert.True(answer.Answered);
        Assert.DoesNotContain(answer.Comparison?.Rows ?? [], r => r.Aspect.Contains("acme", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Compare_RolesAtAnOrganisation_QuotesThatOrganisationsRolesNotTheLinesNamingIt()
    {
        // "at zenith" is no aspect to compare on: as a topic word it made the lines that repeat the name the evidence,
        // and the other organisation's pages filled the table. (Hybrid mode: in lexical mode the six-aspect table that
        // an empty topic gets answered one question fewer on each handbook set, so the name stays a topic there.)
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-technical-program-manager.md", """
            # Technical program manager

            Technical program managers plan multi-team programs, track their dependencies and report progress to leadership.

            I practice the Zenith diversity commitments on a regular basis.
            """);
        folder.Write("zenith-site-reliability-engineer.md", """
            # Site reliability engineer

            Site reliability engineers keep production services available, automate toil and lead incident reviews.

            I help shape the Zenith engineering culture through tech talks and hack weeks.
            """);
        folder.Write("borealis-technical-program-manager.md", """
            # Technical program manager

            Technical program managers own the roadmap of a program and coordinate the teams that deliver it.
            """);
        folder.Write("borealis-site-reliability-engineer.md", """
            # Site reliability engineer

            Site reliability engineers run the on-call rotation and set the error budgets of every service.
            """);
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("technical program manager vs site reliability engineer at zenith, whats different"));

        Assert.True(answer.Answered);
        Assert.All(answer.Citations, c => Assert.StartsWith("zenith-", c.Source, StringComparison.Ordinal));
        Assert.DoesNotContain(answer.Comparison?.Rows ?? [], r => r.Aspect.Contains("zenith", StringComparison.OrdinalIgnoreCase));
        Assert.All(answer.Citations.Take(2), c => Assert.DoesNotContain("Zenith", c.Excerpt.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_AKnownRoleWithALevelOfAnother_LeadNamesBothSidesNotLeftoverWords()
    {
        // "Lead Engineer" is a role of the ladder; "Principal Engineer" a level of "engineer". The lead named
        // "principal engineer at market" as the Lead Engineer role's topic (the organisation's second word left over).
        using var folder = TestPaths.NewTempFolder();
        folder.Write("loan-market-ladder.md", """
            # Engineering roles

            ## Principal Engineer

            I lead a team and take an idea to production with little supervision. This role starts the domain expert track.

            ## Lead Engineer

            I am learning to be a servant leader for my team. This role is the start of the management track.
            """);
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("lead engineer vs principal engineer at loan market"));

        Assert.True(answer.Answered);
        Assert.Equal("Here is what the sources say about lead engineer and about principal engineer:", answer.Lead);
    }

    [Theory]
    [InlineData("SRE vs devops engineer, whats the actual diff")]
    [InlineData("how is a devops eng different from an SRE?")]
    public void Compare_LineNamingAProductLikeARole_IsNotTheLineThatContrastsThem(string question)
    {
        // "Azure DevOps" is a product: the line listing it beside "Site Reliability Engineer" named both roles only in
        // the tagger's eyes, and was quoted first as the line that contrasts them.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("site-reliability-engineer.md", """
            # Site reliability engineer

            The technologies you will use as a Site Reliability Engineer include Docker, Linux, Azure, Azure DevOps and Terraform.

            Site reliability engineers keep production services available and lead incident reviews.
            """);
        folder.Write("devops-engineer.md", """
            # DevOps engineer

            DevOps engineers build release pipelines so developers can ship code safely on demand.

            DevOps engineers automate test runs and the infrastructure the services run on.
            """);
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse(question));

        Assert.True(answer.Answered);
        Assert.DoesNotContain("Azure DevOps", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_SidesThatAreNoKnownRoles_EachFromTheNamedOrganisationsPages()
    {
        // Acme's ladder defines a maintainer in the words a definition uses; the question asks about Zenith's.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-governance.md", """
            # Zenith project governance

            ## Steering Committee

            The project is run by a steering committee made up of its maintainers. Maintainers have full commit access to the project's repositories.

            New maintainers, and with them new steering committee members, are added by a vote of the steering committee.
            """);
        folder.Write("acme-contributor-ladder.md", """
            # Acme contributor ladder

            ## Maintainer

            A Maintainer is an experienced committer who can approve changes to the repositories that need a formal review.
            """);
        using var knowledge = folder.LoadKnowledge(semantic: true);

        var answer = new RoleBot.Knowledge.Answers.AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("maintainer vs steering committee member for zenith - are those different people?"));

        Assert.True(answer.Answered);
        Assert.All(answer.Citations, c => Assert.Equal("zenith-governance.md", c.Source));
    }
}
