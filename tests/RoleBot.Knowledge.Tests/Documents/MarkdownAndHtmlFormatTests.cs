using RoleBot.Knowledge.Documents;
using RoleBot.Knowledge.Documents.Formats;

namespace RoleBot.Knowledge.Tests.Documents;

public sealed class MarkdownAndHtmlFormatTests
{
    [Fact]
    public void Read_MarkdownWithFrontMatter_KeepsMetadataAndHeadingPath()
    {
        const string markdown = """
            ---
            title: Tester
            source: "A Field Guide to Testing"
            author: Ada Example
            url: https://example.org/testing
            roles: [tester]
            ---
            # Tester

            ## Responsibilities

            ### Release testing

            A tester signs off each **release** after the [regression suite](https://x) passes.

            - Writes test plans.
            - Reports defects.
            """;

        var document = new MarkdownFormat().Read("tester.md", markdown);

        Assert.Equal("Tester", document.Title);
        Assert.Equal("A Field Guide to Testing", document.Metadata.Source);
        Assert.Equal("Ada Example", document.Metadata.Author);
        Assert.Equal("https://example.org/testing", document.Metadata.Url);
        Assert.Equal(["tester"], document.Metadata.Roles);
        var section = Assert.Single(document.Sections);
        Assert.Equal("Responsibilities > Release testing", section.Path);
        Assert.Equal(["A tester signs off each release after the regression suite passes.", "Writes test plans.", "Reports defects."], section.Blocks);
    }

    [Fact]
    public void Read_BrokenFrontMatter_KeepsItsProseWithAWarning()
    {
        const string markdown = """
            ---
            title: "Analyst"
            summary: | This role turns program data into clear findings for the team.
              - bad: [indent
            ---
            Body text of the analyst page that is long enough.
            """;

        var document = new MarkdownFormat().Read("analyst.md", markdown);

        Assert.NotNull(document.Warning);
        Assert.Contains(document.Sections.SelectMany(s => s.Blocks), b => b.Contains("program data into clear findings", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_HtmlPage_KeepsMainContentOnly()
    {
        const string html = """
            <html><head><title>Tester | Example</title><script>var x = 1;</script></head>
            <body><nav><a href="/">Home</a><a href="/jobs">Jobs</a></nav>
            <main><h1>Tester</h1><h2>What a tester does</h2><p>A tester checks every release.</p>
            <ul><li>Writes plans</li></ul></main>
            <footer>Copyright Example</footer></body></html>
            """;

        var document = new HtmlFormat().Read("tester.html", html);

        Assert.Equal("Tester", document.Title);
        var section = Assert.Single(document.Sections);
        Assert.Equal("What a tester does", section.Path);
        Assert.Equal(["A tester checks every release.", "Writes plans"], section.Blocks);
    }

    [Fact]
    public void Read_HtmlPageWhoseContentBoxIsABanner_KeepsTheWholePage()
    {
        // A ".content" box in the banner holds one line; the job ads sit outside it and must not be lost.
        const string html = """
            <html><head><title>Jobs</title></head><body>
            <div class="hero"><div class="content"><h1>Work with us</h1><p>We're hiring.</p></div></div>
            <div class="main"><h2>Marketing lead</h2>
            <p>You are not afraid to get your hands dirty, and you write well for a technical audience.</p>
            <h2>Technical writer</h2>
            <p>You turn engineers' notes into guides that new users can follow without help.</p></div>
            </body></html>
            """;

        var document = new HtmlFormat().Read("jobs.html", html);

        Assert.Contains(document.Sections, s => s.Path.EndsWith("Marketing lead", StringComparison.Ordinal)
            && s.Blocks.Any(b => b.Contains("hands dirty", StringComparison.Ordinal)));
        Assert.Contains(document.Sections, s => s.Path.EndsWith("Technical writer", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MarkdownWithALadderTable_RowHeadersHeadTheirCells()
    {
        // The table is raw HTML cut by blank lines (Markdown ends an HTML block at each); each level is a row header.
        const string markdown = """
            # Career framework

            ## Management levels

            <table>

              <tbody>
                <tr>
                  <th scope="row" rowspan="2"><abbr title="Manager">M</abbr>3</th>
                </tr>
                <tr><td><p>Accountable for the results of a small team.</p></td></tr>

                <tr>
                  <th scope="row" rowspan="2"><abbr title="Manager">M</abbr>4</th>
                </tr>
                <tr><td><p>Accountable for several teams and their managers.</p></td></tr>
              </tbody>
            </table>

            ## Glossary

            Impact means results that matter to customers.
            """;

        var document = new MarkdownFormat().Read("framework.md", markdown);

        Assert.Equal(["Accountable for the results of a small team."], Assert.Single(document.Sections, s => s.Path == "Management levels > M3").Blocks);
        Assert.Equal(["Accountable for several teams and their managers."], Assert.Single(document.Sections, s => s.Path == "Management levels > M4").Blocks);
        Assert.Equal("Glossary", document.Sections[^1].Path);
    }

    [Fact]
    public void Read_HtmlLadderTable_RowHeadersHeadTheirCells()
    {
        const string html = """
            <html><body><main><h1>Ladder</h1><h2>Levels</h2>
            <table><tr><th scope="col">Level</th><th scope="col">Summary</th></tr>
            <tr><th scope="row">IC2</th><td>Delivers well-scoped tasks with guidance.</td></tr>
            <tr><th scope="row">IC3</th><td>Owns features end to end.</td></tr></table>
            </main></body></html>
            """;

        var document = new HtmlFormat().Read("ladder.html", html);

        Assert.Contains(document.Sections, s => s.Path == "Levels > IC2" && s.Blocks.Contains("Delivers well-scoped tasks with guidance."));
        Assert.Contains(document.Sections, s => s.Path == "Levels > IC3" && s.Blocks.Contains("Owns features end to end."));
    }

    [Fact]
    public void Read_HtmlHeadingWithAPermalink_KeepsOnlyItsName()
    {
        const string html = """
            <html><body><main><h1>PMC Chair</h1>
            <h2 id="reporting">Reporting <a class="headerlink" href="#reporting">&para;</a></h2>
            <p>The Chair files the quarterly project report to the board.</p>
            <h2>Tools in C#</h2><p>The Chair may script reports in C# or Python.</p></main></body></html>
            """;

        var document = new HtmlFormat().Read("chair.html", html);

        Assert.Equal(["Reporting", "Tools in C#"], document.Sections.Select(s => s.Path));
    }
    [Fact]
    public void Read_MarkdownWithSeveralTopHeadings_EachIsASection()
    {
        // A ladder that writes each level as "# ...": the first level is a section like the others, not the title under
        // which the next levels would nest.
        const string markdown = """
            # OSPO Engineer I

            _A person at this level is learning the ropes._

            ## Community

            Answers questions in the forum.

            # Senior OSPO Engineer

            _A person at this level is mastering their own craft._
            """;

        var document = new MarkdownFormat().Read("acme-ospo-engineer-ladder.md", markdown);

        Assert.Equal("Acme ospo engineer ladder", document.Title);
        Assert.Equal(["OSPO Engineer I", "OSPO Engineer I > Community", "Senior OSPO Engineer"], document.Sections.Select(s => s.Path));
    }
}
