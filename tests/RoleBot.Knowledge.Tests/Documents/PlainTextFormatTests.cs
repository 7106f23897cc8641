using RoleBot.Knowledge.Documents.Formats;
using RoleBot.TestKit;

namespace RoleBot.Knowledge.Tests.Documents;

public sealed class PlainTextFormatTests
{
    private static readonly string RawArticle = Path.Combine(TestPaths.Samples, "raw", "data-engineer-vs-analytics-engineer.txt");

    [Fact]
    public void Read_SavedWebArticle_FindsTitleHeadingsAndBullets()
    {
        var document = new PlainTextFormat().Read("article.txt", File.ReadAllText(RawArticle));

        Assert.Equal("Data Engineer vs Analytics Engineer: Roles, Tools & Career Paths", document.Title);
        Assert.Contains(document.Sections, s => s.Path == "What does a data engineer do?");
        Assert.Contains(document.Sections, s => s.Blocks.Count >= 4 && s.Path.StartsWith("Typical responsibilities", StringComparison.Ordinal));
        Assert.All(document.Sections.SelectMany(s => s.Blocks), b => Assert.DoesNotContain("  \u2022", b, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SavedWebArticle_DropsPageFurniture()
    {
        var text = File.ReadAllText(RawArticle);
        var document = new PlainTextFormat().Read("article.txt", text);
        var kept = string.Join("\n", document.Sections.SelectMany(s => s.Blocks.Prepend(s.Path)));

        Assert.DoesNotContain("Recent Posts", kept, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("days ago", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2026", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("Share this", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("LinkedIn", kept, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ArticleWithMenuAndToggle_KeepsOnlyArticleText()
    {
        const string page = """
            Blog
            Careers
            About us

            Why Testers Matter: A Field Guide

            Article Highlights
            Off On

            Testers find the bugs that developers miss, and they explain them so that the fix is obvious.

            What does a tester do?

              • A tester writes test plans for each release.
              • A tester reports defects with clear steps to reproduce them.
            """;

        var document = new PlainTextFormat().Read("why-testers-matter.txt", page);

        Assert.Equal("Why Testers Matter: A Field Guide", document.Title);
        var blocks = document.Sections.SelectMany(s => s.Blocks).ToList();
        Assert.Equal(3, blocks.Count);
        Assert.DoesNotContain(blocks, b => b.Contains("Off On", StringComparison.Ordinal) || b.Contains("Careers", StringComparison.Ordinal));
        Assert.Equal("A tester writes test plans for each release.", blocks[1]);
    }

    [Fact]
    public void Read_ReStructuredText_UnderlinedHeadingsNestAndDirectivesDrop()
    {
        const string rst = """
            ==========================
            Becoming a Project Lead
            ==========================

            This guide explains what a project lead does.

            .. important::

               Delegate whatever you cannot do yourself.

            Core member maintenance
            =======================

            This varies from team to team.

            Criteria when considering new cores
            -----------------------------------

            An appointment can be made solely by the lead, though hearing the core team first is encouraged.

            #.  Are their review numbers similar to those of existing core members?

            The following are also weighed:

            #.  Does the person follow up on reviews?

            .. _mailing list: https://lists.example.org/
            """;

        var document = new PlainTextFormat().Read("project-lead.txt", rst);

        Assert.Equal("Becoming a Project Lead", document.Title);
        var criteria = Assert.Single(document.Sections, s => s.Path == "Core member maintenance > Criteria when considering new cores");
        Assert.StartsWith("An appointment can be made solely by the lead", criteria.Blocks[0], StringComparison.Ordinal);
        Assert.Contains("Are their review numbers similar to those of existing core members?", criteria.Blocks);
        Assert.Contains("The following are also weighed:", criteria.Blocks);                 // a lead-in, not a heading
        Assert.DoesNotContain(document.Sections.SelectMany(s => s.Blocks), b => b.Contains("..", StringComparison.Ordinal) || b.Contains("===", StringComparison.Ordinal) || b.Contains("---", StringComparison.Ordinal));
        Assert.Contains(document.Sections.SelectMany(s => s.Blocks), b => b.StartsWith("Delegate whatever", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("discuss on the core :ref:`communication channels <communication-channels>` first", "discuss on the core communication channels first")]
    [InlineData("view `new` bugs for `keystone <https://bugs.launchpad.net/keystone>`_ on Launchpad", "view `new` bugs for keystone on Launchpad")]
    [InlineData("subscribe to the `release calendar`_ and run ``git clone``", "subscribe to the release calendar and run git clone")]
    [InlineData("see :pep:`13` for details", "see 13 for details")]
    [InlineData("no markup here", "no markup here")]
    [InlineData("The difference between _Jenkins Officers_ and _Team Leads_ lies in", "The difference between Jenkins Officers and Team Leads lies in")]
    [InlineData("Jenkins Officer is an *elected role*.", "Jenkins Officer is an elected role.")]
    [InlineData("**Scope:** one team", "Scope: one team")]
    [InlineData("set snake_case_names and 2*3*4", "set snake_case_names and 2*3*4")]
    [InlineData("appointed by the link:/project/governance-meeting/[Jenkins Governance Meeting] after", "appointed by the Jenkins Governance Meeting after")]
    [InlineData("see https://example.org/bylaws[the bylaws].", "see the bylaws.")]
    [InlineData("a list [1] of items", "a list [1] of items")]
    public void InlineMarkup_ReStructuredText_ShowsItsWords(string text, string shown) =>
        Assert.Equal(shown, PlainTextFormat.InlineMarkup(text));

    [Fact]
    public void Read_LeadInThatNamesTheFile_IsNotTheTitle()
    {
        const string page = """
            Software Steering Council

            The current members of the Software Steering Council are:

            Ada Lovelace, Grace Hopper and Alan Turing serve until the next election.

            Purpose

            The Software Steering Council has jurisdiction over the software subprojects.
            """;

        var document = new PlainTextFormat().Read("zenith-software-steering-council.txt", page);

        Assert.Equal("Software Steering Council", document.Title);
    }
    [Fact]
    public void Read_HashHeadings_AreHeadingsNotText()
    {
        // A ladder saved as .txt that writes its levels as "# Senior Engineer 1": each level is a section of its own,
        // and the marks never reach a heading's text (nor a role name discovered from it).
        const string page = """

            # Engineer
            Mid level engineers should be proficient in the technical systems that they work on.

            # Senior Engineer 1
            Senior engineers pick up work outside of their delivery team.

            ## Scope
            They lead projects across two teams.
            """;

        var document = new PlainTextFormat().Read("acme-engineering-levels.txt", page);

        Assert.Contains(document.Sections, s => s.Path == "Engineer" && s.Blocks[0].StartsWith("Mid level engineers", StringComparison.Ordinal));
        Assert.Contains(document.Sections, s => s.Path == "Senior Engineer 1" && s.Blocks[0].StartsWith("Senior engineers pick up", StringComparison.Ordinal));
        Assert.Contains(document.Sections, s => s.Path == "Senior Engineer 1 > Scope");
        Assert.DoesNotContain(document.Sections, s => s.Path.Contains('#', StringComparison.Ordinal) || s.Blocks.Any(b => b.StartsWith('#')));
    }
}
