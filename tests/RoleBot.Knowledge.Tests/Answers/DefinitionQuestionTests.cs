using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Answers;

/// <summary>"what's a deputy?" asks what a thing is: the sentence that says so ("A Deputy is a …") is the answer.</summary>
public sealed class DefinitionQuestionTests(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    [Theory]
    [InlineData("whats a dupety in incident response", true)]
    [InlineData("what is an OWNERS file?", true)]
    [InlineData("what does toil mean here", true)]
    [InlineData("what does a deputy do?", false)]
    [InlineData("what is the deputy expected to do, and when?", false)]
    [InlineData("how do I become a deputy?", false)]
    public void Parse_WhatIsA_AsksForADefinition(string question, bool definition) =>
        Assert.Equal(definition, fixture.Knowledge.Parser.Parse(question).AsksDefinition);

    [Fact]
    public void Ask_WhatIsA_QuotesTheSentenceThatSaysWhatItIs()
    {
        // Both sentences open with "The/A Deputy is"; the one nearer in words to "deputy in incident response" says
        // what a deputy does during an incident, the other what a deputy is.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("incident-roles.md", """
            # Incident response roles

            ## Deputy

            A Deputy is a direct support role for the Incident Commander, not a shadow who only watches. The Deputy is expected to perform important tasks during an incident response.

            ## Scribe

            The Scribe documents the timeline of the incident response as it happens.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("whats a dupety in incidnet response"));

        Assert.True(answer.Answered);
        Assert.StartsWith("A Deputy is a direct support role", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("what does a PMC do at apache", true)]
    [InlineData("what does the steering council actually do?", true)]
    [InlineData("whats a maintainer's job in crossplane", true)]
    [InlineData("what are the duties of the steering council?", true)]
    [InlineData("what is the maintainer's email?", false)]
    [InlineData("what does an ML engineer do?", false)]            // a known role: an overview, not a definition
    [InlineData("what does toil mean here", false)]
    public void Parse_WhatDoesAThingDo_AsksWhatItDoes(string question, bool asks) =>
        Assert.Equal(asks, fixture.Knowledge.Parser.Parse(question).AsksWhatItDoes);

    [Fact]
    public void Ask_WhatDoesAThingDo_QuotesTheSentenceThatIntroducesItByItsFullName()
    {
        // The meetings line is nearer in words to "at zenith" and opens with "TSC" too; the line that introduces the
        // committee by its full name and says what it does answers "what does the TSC do?".
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-governance.md", """
            # Zenith governance

            ## Steering

            The Technical Steering Committee (TSC) sets the technical direction of the project and approves new maintainers.

            ## Meetings

            TSC meetings happen every other week and the TSC publishes its minutes afterwards for everyone at Zenith to read.

            ## Elections

            Members of the TSC are elected by the maintainers each year.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("what does the TSC actually do at zenith"));

        Assert.True(answer.Answered);
        Assert.StartsWith("The Technical Steering Committee (TSC) sets", answer.Citations[0].Excerpt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_WhatIsAThingsJob_QuotesTheLinesUnderItsDuties()
    {
        // The duties never repeat "maintainer"; the lines that do are about becoming one.
        using var folder = TestPaths.NewTempFolder();
        folder.Write("zenith-governance.md", """
            # Zenith governance

            ## Becoming a maintainer

            Becoming a maintainer generally means spending a quarter of your time on Zenith for the foreseeable future.

            Contact a senior maintainer at Zenith and express interest.

            ## Maintainer responsibilities

            - Make sure that open pull requests keep moving at the right pace, or close them.
            - Triage new issues every week.
            """);
        using var knowledge = KnowledgeBase.Load(folder.Path);

        var answer = new AnswerComposer(knowledge).Compose(knowledge.Parser.Parse("whats a maintainer's job at zenith"));

        Assert.True(answer.Answered);
        Assert.Equal("Maintainer responsibilities", answer.Citations[0].Section);
    }
}
