using RoleBot.Knowledge.Documents.Formats;

namespace RoleBot.Knowledge.Tests.Documents;

/// <summary>Markdown written as web pages are: label lines standing for headings, a page's own table of contents.</summary>
public sealed class MarkdownStructureTests
{
    [Fact]
    public void Read_LabelLineAboveAList_HeadsTheList()
    {
        // A job post pasted from a web page: "Responsibilities" and "**Nice to have**" are headings in all but markup.
        const string markdown = """
            # Acme: Data Engineer

            Acme is looking for a Data Engineer to grow its data platform.

            Responsibilities
            * Design and maintain the data pipelines.
            * Keep the warehouse accurate.

            **Nice to have**

            - Experience with Spark.

            You will:
            - Join the on-call rotation.
            """;

        var document = new MarkdownFormat().Read("acme-data-engineer.md", markdown);

        Assert.Equal(["", "Responsibilities", "Nice to have"], document.Sections.Select(s => s.Path));
        Assert.Equal(["Design and maintain the data pipelines.", "Keep the warehouse accurate."], document.Sections[1].Blocks);
        // A lead-in ending in ":" stays a line of its section, so its list is quoted with it.
        Assert.Equal(["Experience with Spark.", "You will:", "Join the on-call rotation."], document.Sections[2].Blocks);
    }

    [Fact]
    public void Read_RolesEachOverTheirOwnNestedList_HeadTheirLists()
    {
        // A governance page's two tiers: each role's duties are its own list under the role's name.
        const string markdown = """
            # Governance

            ## Roles

            * Senior Maintainers
              * Represent their organization in the community
              * Receive two votes
            * Standard Maintainers
              * Receive one vote

            Maintainers are listed in the OWNERS file.

            ## Areas

            * Impact
              * Value delivered to the business
            * Influence
              * Effect on people around you
            """;

        var document = new MarkdownFormat().Read("governance.md", markdown);

        Assert.Equal(["Roles > Senior Maintainers", "Roles > Standard Maintainers", "Roles", "Areas"], document.Sections.Select(s => s.Path));
        Assert.Equal(["Represent their organization in the community", "Receive two votes"], document.Sections[0].Blocks);
        Assert.Equal(["Maintainers are listed in the OWNERS file."], document.Sections[2].Blocks);
        // Labels of other things stay lines of their section.
        Assert.Equal(["Impact", "Value delivered to the business", "Influence", "Effect on people around you"], document.Sections[3].Blocks);
    }

    [Fact]
    public void Read_ImageOrSentenceAboveAList_IsNoLabel()
    {
        const string markdown = """
            # On call

            ![Escalation](escalation.png)

            * Never hesitate to escalate.

            We rotate weekly
            - Swap shifts in the channel.
            """;

        var document = new MarkdownFormat().Read("on-call.md", markdown);

        var section = Assert.Single(document.Sections);
        Assert.Contains("Never hesitate to escalate.", section.Blocks);
        Assert.Contains("We rotate weekly", section.Blocks);   // a sentence without its full stop is no label
    }

    [Fact]
    public void Read_TableOfContents_IsLeftOut()
    {
        const string markdown = """
            # Developer

            | Level | Senior | Position |
            | :---: | :---: | :---: |
            | 3 | No | [D3 - Developer 3](#d3---developer-3) |
            | 4 | Yes | [D4 - Developer 4](#d4---developer-4) |

            * [Roles](#roles)
              * [Maintainer](#maintainer)

            ## D4 - Developer 4

            * Owns the production operation of the system, see [the runbook](#runbook).
            * Mentors others, as in the [guide](https://example.org/guide).

            | Level | Scope |
            | --- | --- |
            | [D4](#d4---developer-4) | The whole team and its services |
            """;

        var document = new MarkdownFormat().Read("acme-developer-levels.md", markdown);

        var section = Assert.Single(document.Sections);
        Assert.Equal("D4 - Developer 4", section.Path);
        Assert.Equal(
            ["Owns the production operation of the system, see the runbook.", "Mentors others, as in the guide.", "Level: D4 | Scope: The whole team and its services"],
            section.Blocks);
    }

    [Fact]
    public void Read_TableWithNamedColumns_EachCellCarriesItsColumnsName()
    {
        // Without the header a row does not say which role codes more.
        const string markdown = """
            # Tech Lead vs Engineering Manager

            | Tech Lead (System) | Engineering Manager (People) |
            | --- | --- |
            | Hands-on coding 30% to 70% of the time | Hands-on coding 0% to 30% of the time |
            | Tech Lead (System) owns the architecture | |

            | | Expert | Senior L1 |
            | --- | --- | --- |
            | Scope | Standard tasks | Complex features |

            | This column header is a whole sentence, not a name | Notes |
            | --- | --- |
            | Pairing | Weekly |
            """;

        var document = new MarkdownFormat().Read("acme-tl-vs-em.md", markdown);

        Assert.Equal(
            [
                "Tech Lead (System): Hands-on coding 30% to 70% of the time | Engineering Manager (People): Hands-on coding 0% to 30% of the time",
                "Tech Lead (System) owns the architecture",
                "Scope | Expert: Standard tasks | Senior L1: Complex features",
                "Pairing | Weekly",
            ],
            Assert.Single(document.Sections).Blocks);
    }
}
