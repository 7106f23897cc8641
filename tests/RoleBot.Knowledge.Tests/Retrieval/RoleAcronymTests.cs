using RoleBot.Knowledge.Semantic;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Retrieval;

/// <summary>Roles the glossary does not know, and their acronyms, found in the documents themselves.</summary>
public sealed class RoleAcronymTests
{
    [Theory]
    [InlineData("Site Reliability Engineer", "SRE")]
    [InlineData("Technical Program Manager", "TPM")]
    [InlineData("Tech Lead", "TL")]
    [InlineData("Engineer", null)]
    [InlineData("Analytics Specialist", null)]                         // "AS": found in "what counts as toil?"
    [InlineData("Information Technologist", null)]
    public void Acronym_OfRoleName(string name, string? expected) =>
        Assert.Equal(expected, Glossary.RoleDiscovery.Acronym(name));

    [Theory]
    [InlineData("Apache Community Development - PMC Chair", "PMC Chair")]
    [InlineData("Incident Scribe", "Incident Scribe")]
    [InlineData("Role of a Project Maintainer", "Project Maintainer")]
    [InlineData("Internal Liaison", "Internal Liaison")]
    [InlineData("Login.gov: Data Analyst", "Data Analyst")]
    [InlineData("How to review code", null)]
    [InlineData("Hiring our next Community Manager", "Community Manager")]
    [InlineData("Now hiring Data Engineer", "Data Engineer")]
    [InlineData("Incident Scribe Training", "Incident Scribe")]
    [InlineData("Tech Lead Role Description", "Tech Lead")]
    [InlineData("Onboarding", null)]
    public void RoleName_OfTitle_IncludingGovernanceAndIncidentRoles(string title, string? expected) =>
        Assert.Equal(expected, Glossary.RoleDiscovery.RoleName(title));

    [Fact]
    public void FromTitles_TwoRolesSetSideBySide_BothAreRoles()
    {
        var roles = Glossary.RoleDiscovery.FromTitles(["Tech Lead vs Engineering Manager", "Expert versus Senior Developer"], Glossary.Glossary.Empty);

        // "Expert" ends in no role noun; "Senior Developer" is a level of the developer.
        Assert.Equal(["Tech Lead", "Engineering Manager", "Developer"], roles.Select(r => r.Name));
        Assert.Equal(["TL"], Assert.Single(roles, r => r.Name == "Tech Lead").Aliases);
    }

    [Theory]
    [InlineData("Internal Liaison", true)]
    [InlineData("Subproject Owner (SO)", true)]
    [InlineData("Program Coordinator:", true)]
    [InlineData("Senior Backend Engineer", false)]                   // a level of a role: the role's own pages name it
    [InlineData("All Leads", false)]
    [InlineData("Technical Leads", false)]
    [InlineData("Working with your Manager", false)]
    [InlineData("Onboarding New Managers", false)]
    [InlineData("What are the responsibilities?", false)]
    [InlineData("Manager", false)]
    public void RoleHeadings_OnlyHeadingsThatAreARolesName(string heading, bool role) =>
        Assert.Equal(role, Glossary.RoleDiscovery.RoleHeadings([heading]).Any());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Load_RoleNamedOnlyByAHeading_IsARole_AlsoFromAReusedIndex(bool reuse)
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("incident-roles.md", """
            # Incident response roles

            ## Internal Liaison

            ### What is it?

            A person responsible for telling internal teams about the incident and pulling in more responders.
            """);
        using var index = TestPaths.NewTempFolder();
        if (reuse)
        {
            KnowledgeBase.Load(folder.Path, semantic: SemanticSettings.Lexical, indexPath: index.Path).Dispose();
        }

        using var knowledge = KnowledgeBase.Load(folder.Path, semantic: SemanticSettings.Lexical, indexPath: index.Path);

        Assert.Contains(knowledge.Parser.Parse("what does the internal liaison do?").Roles, r => r.Name == "Internal Liaison");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Load_TitleMadeFromAFileNameOpeningWithTheOrganisation_NamesTheRoleWithoutIt(bool reuse)
    {
        // Two top headings: the page has no title of its own, so it is named after the file, organisation first.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-support-liaison.md", """
            # Position overview

            A support liaison connects the engineering teams with customer support.

            # Observed behaviours

            Keeps both sides informed.
            """);
        using var index = TestPaths.NewTempFolder();
        if (reuse)
        {
            KnowledgeBase.Load(folder.Path, semantic: SemanticSettings.Lexical, indexPath: index.Path).Dispose();
        }

        using var knowledge = KnowledgeBase.Load(folder.Path, semantic: SemanticSettings.Lexical, indexPath: index.Path);

        Assert.Contains(knowledge.Parser.Parse("what does a support liaison do at zenith?").Roles, r => r.Name == "support liaison");
        Assert.DoesNotContain(knowledge.Glossary.Roles, r => r.Name.StartsWith("Zenith", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Data scientist", "data-scientist.md", "Data scientist")]       // the file name is the role
    [InlineData("Zenith tech lead", "zenith-tech-lead.md", "tech lead")]
    [InlineData("Zenith Tech Lead Guide", "tech-lead.md", "Zenith Tech Lead Guide")] // the page's own title
    public void TitleOfRoles_FileNameTitleLosesItsOrganisation(string title, string path, string expected) =>
        Assert.Equal(expected, Glossary.RoleDiscovery.TitleOfRoles(title, path));

    [Theory]
    [InlineData("junior vs intermediate DE at gitlab", "data-engineer")]
    [InlineData("what big data tools should a DE know", "data-engineer")]
    [InlineData("is the EM or the PM on the hook for hiring?", "engineering-manager")]
    public void Parse_ChatAcronymOfABuiltInRole_IsThatRole(string question, string role)
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("data-engineer.md", "# Data engineer\n\nData engineers build pipelines.\n");
        using var knowledge = KnowledgeBase.Load(folder.Path, semantic: SemanticSettings.Lexical);

        Assert.Contains(knowledge.Parser.Parse(question).Roles, r => r.Id == role);
    }

    [Fact]
    public void Load_RoleWhoseInitialsSpellAWord_IsNotFoundInEverydayQuestions()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("analytics.md", "# Analytics Specialist\n\nAn analytics specialist builds dashboards for the operations team.\n");
        folder.Write("toil.md", "# Toil\n\nToil is manual, repetitive work that grows with the service; keep it under half of the week.\n");

        using var knowledge = KnowledgeBase.Load(folder.Path, semantic: SemanticSettings.Lexical);

        Assert.Empty(knowledge.Parser.Parse("what counts as toil?").Roles);
        Assert.Equal("analytics-specialist", Assert.Single(knowledge.Parser.Parse("what does an analytics specialist build?").Roles).Id);
    }

    [Fact]
    public void Parse_RoleInsideALongerRole_OnlyTheLongerOne()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("rse.md", "# Working in the group\n\nA Research Software Engineer (RSE) supports research projects with code.\n");
        folder.Write("swe.md", "# Software Engineer\n\nA software engineer builds and runs the product.\n");

        using var knowledge = KnowledgeBase.Load(folder.Path, semantic: SemanticSettings.Lexical);

        Assert.Equal("research-software-engineer", Assert.Single(knowledge.Parser.Parse("what's a research software engineer at turing?").Roles).Id);
        Assert.Equal(2, knowledge.Parser.Parse("research software engineer vs software engineer?").Roles.Count);
    }

    [Fact]
    public void Load_DefinedAcronymsAndTitles_AreRolesInQuestions()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("incidents.md", "# Incident roles\n\nThe Incident Commander (IC) runs the call and decides. The Scribe writes the timeline.\n");
        folder.Write("delivery.md", "# Delivery Lead\n\nA delivery lead plans the sprint with the team and removes blockers.\n");

        using var knowledge = KnowledgeBase.Load(folder.Path, semantic: SemanticSettings.Lexical);

        var ic = knowledge.Parser.Parse("what does the IC do during an outage?");
        var dl = knowledge.Parser.Parse("who plans sprints, the DL?");
        Assert.Equal("incident-commander", Assert.Single(ic.Roles).Id);
        Assert.Equal("delivery-lead", Assert.Single(dl.Roles).Id);
    }

    [Fact]
    public void Load_AcronymWhoseInitialsDoNotMatch_IsIgnored()
    {
        using var folder = TestPaths.NewTempFolder();
        folder.Write("notes.md", "# Notes\n\nAsk the Release Captain (QA) before shipping anything on a Friday.\n");

        using var knowledge = KnowledgeBase.Load(folder.Path, semantic: SemanticSettings.Lexical);

        Assert.Empty(knowledge.Parser.Parse("what does QA do before a release?").Roles);
    }
}
