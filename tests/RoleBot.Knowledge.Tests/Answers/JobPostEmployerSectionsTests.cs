using RoleBot.Knowledge.Answers;
using RoleBot.Knowledge.Retrieval;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>A job post's sections about the employer ("About Zenith", "Background", "Why you'll love this job") do not describe the role.</summary>
public sealed class JobPostEmployerSectionsTests
{
    [Theory]
    [InlineData("Hiring a Community Manager > About Zenith", true)]
    [InlineData("About us", true)]
    [InlineData("Background", true)]
    [InlineData("Our Mission", true)]
    [InlineData("How we work", true)]
    [InlineData("Life at Zenith", true)]
    [InlineData("Why join Zenith?", true)]
    [InlineData("How we work with the data team", false)]
    [InlineData("Background and role context", false)]
    [InlineData("About the role", false)]
    [InlineData("About You", false)]
    [InlineData("About Kubernetes", false)]
    public void EmployerHeading_AboutTheOrganisationNotTheRole(string section, bool expected) =>
        Assert.Equal(expected, EmployerHeading.Matches(section, new HashSet<string> { "zenith", "commun", "manag" }));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Ask_RoleOverviewOfAJobPost_OpensWithTheRoleNotTheEmployer(bool semantic)
    {
        // The post's first section defines the organisation ("Zenith is a not-for-profit …") and its title hires ("Hiring
        // our next …"): the overview must still open with what the community manager does.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-community-manager-job.md", """
            # Hiring our next Community Manager

            ## About Zenith

            Zenith is a not-for-profit organization with the mission to widen access to open research data and tools.

            ## Why you will love this job

            - Plenty of autonomy and a friendly, fully remote team

            ## Key responsibilities

            - Welcome new members and run the monthly community calls
            - Write the community newsletter and moderate the forum
            """);
        folder.Write("other-handbook.md", """
            # Release process

            ## Cadence

            We ship a minor release every six weeks after the freeze.
            """);
        using var knowledge = folder.LoadKnowledge(semantic);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("what does a community manager actually do at zenith?"));

        Assert.True(answer.Answered);
        Assert.EndsWith("Key responsibilities", answer.Citations[0].Section, StringComparison.Ordinal);
    }
}
