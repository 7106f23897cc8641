using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoleBot.Knowledge.Answers;
using RoleBot.TestKit;
using RoleBot.TestKit.Documents;

namespace RoleBot.Knowledge.Tests.Documents;

/// <summary>
/// Questions answered end to end from generated PDF and Word files through <see cref="KnowledgeHost"/>: the excerpt is
/// quoted from the file, the citation names the PDF page, and every citation says when its document was updated and,
/// past <c>Knowledge:StaleAfterDays</c>, that it may be out of date.
/// </summary>
public sealed class PdfAndWordAnswersTests : IDisposable
{
    private readonly TempFolder _folder = TestPaths.NewTempFolder();

    public PdfAndWordAnswersTests()
    {
        File.WriteAllBytes(Path.Combine(_folder.Path, "handbook.pdf"), SampleDocuments.Handbook().Build());   // updated 2024-03-01
        File.WriteAllBytes(Path.Combine(_folder.Path, "guide.docx"), SampleDocuments.Guide().Build());       // updated 2023-11-20
    }

    private KnowledgeHost Host(DateTimeOffset now, int staleAfterDays = 365) =>
        new(Options.Create(new KnowledgeOptions { Path = _folder.Path, StaleAfterDays = staleAfterDays }), NullLoggerFactory.Instance, new FixedTime(now));

    [Fact]
    public void Ask_QuestionAnsweredByAPdf_CitesThePage()
    {
        using var host = Host(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));

        var answer = host.Ask("When do engineers deploy to production?");

        Assert.True(answer.Answered, answer.Text);
        var citation = answer.Citations[0];
        Assert.Equal("handbook.pdf", citation.Source);
        Assert.Equal(3, citation.Page);
        Assert.Contains("release train", citation.Excerpt.Text, StringComparison.Ordinal);
        Assert.Contains("Engineering onboarding handbook \u203A Deployments, p. 3", answer.Text, StringComparison.Ordinal);
        Assert.Equal("Engineering onboarding handbook \u203A Deployments, p. 3", CitationLabel.Source(citation));
    }

    [Fact]
    public void Ask_QuestionAnsweredByATableInAPdf_CitesThePageOfTheRow()
    {
        using var host = Host(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));

        var answer = host.Ask("Which team owns Grafana?");

        Assert.True(answer.Answered, answer.Text);
        var citation = Assert.Single(answer.Citations, c => c.Excerpt.Text.Contains("Grafana", StringComparison.Ordinal));
        Assert.Equal(2, citation.Page);
    }

    [Fact]
    public void Ask_QuestionAnsweredByAWordFile_CitesItsSectionWithoutAPage()
    {
        using var host = Host(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero));

        var answer = host.Ask("When does the on-call rotation start?");

        Assert.True(answer.Answered, answer.Text);
        var citation = answer.Citations[0];
        Assert.Equal("guide.docx", citation.Source);
        Assert.Equal("On call", citation.Section);
        Assert.Null(citation.Page);
        Assert.Contains("three months", citation.Excerpt.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_DocumentsOlderThanTheLimit_AreMarkedMayBeOutOfDate()
    {
        // 2024-06-01: the PDF (2024-03-01) is 92 days old, the Word file (2023-11-20) 194 days.
        using var host = Host(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), staleAfterDays: 180);

        var pdf = host.Ask("When do engineers deploy to production?").Citations[0];
        var word = host.Ask("When does the on-call rotation start?");

        Assert.False(pdf.MayBeOutOfDate);
        Assert.Equal("updated 2024-03-01", CitationLabel.Freshness(pdf));
        Assert.True(word.Citations[0].MayBeOutOfDate);
        Assert.Equal("updated 2023-11-20 \u00B7 may be out of date", CitationLabel.Freshness(word.Citations[0]));
        Assert.Contains("updated 2023-11-20 \u00B7 may be out of date", word.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_StaleAfterDaysZero_NeverMarksDocuments()
    {
        using var host = Host(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero), staleAfterDays: 0);

        var answer = host.Ask("When does the on-call rotation start?");

        Assert.False(answer.Citations[0].MayBeOutOfDate);
        Assert.DoesNotContain(CitationLabel.OutOfDate, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OnDiskIndexReused_KeepsPagesAndDates()
    {
        using var index = TestPaths.NewTempFolder();
        using (var built = KnowledgeBase.Load(_folder.Path, index.Path))
        {
            Assert.False(built.Stats.ReusedIndex);
        }

        using var reused = KnowledgeBase.Load(_folder.Path, index.Path);

        Assert.True(reused.Stats.ReusedIndex);
        var deployments = Assert.Single(reused.Passages, p => p.Section == "Deployments");
        Assert.Equal([3], deployments.Pages);
        Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.Zero), deployments.Updated);
    }

    public void Dispose() => _folder.Dispose();
}
