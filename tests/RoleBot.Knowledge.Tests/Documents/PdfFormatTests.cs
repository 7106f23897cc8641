using RoleBot.Knowledge.Documents;
using RoleBot.Knowledge.Documents.Formats;
using RoleBot.TestKit;
using RoleBot.TestKit.Documents;

namespace RoleBot.Knowledge.Tests.Documents;

public sealed class PdfFormatTests
{
    private static readonly PdfFormat Format = new();

    private static DocumentSection Section(SourceDocument document, string path) =>
        Assert.Single(document.Sections, s => s.Path == path);

    [Fact]
    public void Read_Outline_BookmarksBecomeSectionsWithTheirLevels()
    {
        var document = Format.Read("handbook.pdf", SampleDocuments.Handbook().Build());

        Assert.Equal("Engineering onboarding handbook", document.Title);
        Assert.Equal(["First week", "First week > Accounts", "Tools and owners", "Deployments"], document.Sections.Select(s => s.Path));
    }

    [Fact]
    public void Read_NoOutline_LargerLinesAreHeadingsRankedBySize()
    {
        var document = Format.Read("handbook.pdf", SampleDocuments.Handbook(bookmarks: false).Build());

        Assert.Equal(["First week", "First week > Accounts", "Tools and owners", "Deployments"], document.Sections.Select(s => s.Path));
    }

    [Fact]
    public void Read_NoOutlineNoInfoTitle_OneLargestLineOnPageOneIsTheTitle()
    {
        var pdf = new TestPdf()
            .Page(p => p.Heading("Data team handbook", 24).Heading("Rituals").Paragraph("The data team plans its work every second Monday in a short meeting."))
            .Page(p => p.Heading("Reviews").Paragraph("Every dashboard change is reviewed by a second analyst before it is shared."));

        var document = Format.Read("data.pdf", pdf.Build());

        Assert.Equal("Data team handbook", document.Title);
        Assert.Equal(["Rituals", "Reviews"], document.Sections.Select(s => s.Path));
    }

    [Fact]
    public void Read_HyphenatedLineBreak_WordIsJoinedAndLinesMakeOneParagraph()
    {
        var document = Format.Read("handbook.pdf", SampleDocuments.Handbook().Build());

        var block = Assert.Single(Section(document, "First week").Blocks);
        Assert.Equal("New engineers get a laptop on their first day and a buddy who answers questions about the codebase. The buddy meets them every week.", block);
    }

    [Fact]
    public void Read_ListsAndTables_EachItemAndRowIsItsOwnLine()
    {
        var document = Format.Read("handbook.pdf", SampleDocuments.Handbook().Build());

        Assert.Equal(["Set up your VPN access with the IT desk.", "Read the security policy before pushing code."], Section(document, "First week > Accounts").Blocks);
        var tools = Section(document, "Tools and owners").Blocks;
        Assert.Equal(
            ["Every tool has an owning team that answers questions in its help channel.", "Tool | Owner | Channel", "Jira | Platform team | #help-jira", "Grafana | Observability team | #help-grafana"],
            tools);
    }

    [Fact]
    public void Read_TwoColumnsOfProse_AreReadColumnByColumnNotAsATable()
    {
        const string left = "The platform team runs the build servers and answers questions about continuous integration in its channel.";
        const string right = "The security team reviews every new service before launch and keeps the threat models up to date.";
        var pdf = new TestPdf().Page(p => p.Heading("Teams").TwoColumns(left, right));

        var document = Format.Read("teams.pdf", pdf.Build());

        Assert.Equal([left, right], document.Sections.SelectMany(s => s.Blocks));
    }

    [Fact]
    public void Read_RunningHeaderAndPageNumbers_AreDropped()
    {
        var document = Format.Read("handbook.pdf", SampleDocuments.Handbook().Build());

        var text = string.Join("\n", document.Sections.SelectMany(s => s.Blocks));
        Assert.DoesNotContain("ACME Corp", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 2 of 3", text, StringComparison.Ordinal);
        Assert.Contains("release train", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BlocksRememberTheirPage()
    {
        var document = Format.Read("handbook.pdf", SampleDocuments.Handbook().Build());

        Assert.Equal([1, 1], Section(document, "First week > Accounts").Pages);
        Assert.Equal([2, 2, 2, 2], Section(document, "Tools and owners").Pages);
        Assert.Equal([3], Section(document, "Deployments").Pages);
    }

    [Fact]
    public void Read_WordsDrawnWithoutSpaces_AreSeparatedByTheirGaps()
    {
        var pdf = new TestPdf().Page(p => p.Heading("Support").WordsWithoutSpaces("Support engineers rotate through the weekend pager every six weeks."));

        var document = Format.Read("support.pdf", pdf.Build());

        Assert.Equal("Support engineers rotate through the weekend pager every six weeks.", Assert.Single(document.Sections.SelectMany(s => s.Blocks)));
    }

    [Fact]
    public void Read_InfoModDate_IsTheUpdatedDate()
    {
        var document = Format.Read("handbook.pdf", SampleDocuments.Handbook().Build());

        Assert.Equal(new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.Zero), document.Metadata.Updated);
    }

    [Fact]
    public void Read_OnlyImages_ThrowsNoTextLayer()
    {
        var scan = new TestPdf().Page(p => p.ScannedImage()).Page(p => p.ScannedImage());

        var error = Assert.Throws<InvalidDocumentException>(() => Format.Read("scan.pdf", scan.Build()));

        Assert.Contains("no text layer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SomePagesScanned_IndexesTheRestWithAWarning()
    {
        var pdf = new TestPdf()
            .Page(p => p.Heading("Benefits").Paragraph("Employees choose their health plan during the first thirty days."))
            .Page(p => p.ScannedImage());

        var document = Format.Read("benefits.pdf", pdf.Build());

        Assert.Contains("thirty days", Assert.Single(document.Sections.SelectMany(s => s.Blocks)), StringComparison.Ordinal);
        Assert.Contains("page 2", document.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PasswordProtected_ThrowsEncrypted()
    {
        var error = Assert.Throws<InvalidDocumentException>(() => Format.Read("secret.pdf", RawPdf.PasswordProtected()));

        Assert.Contains("encrypted", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("header only")]
    [InlineData("not a pdf")]
    public void Read_CorruptFile_ThrowsInvalidDocumentNeverAnotherException(string kind)
    {
        var bytes = kind switch
        {
            "garbage" => [.. "%PDF-1.7\n"u8, .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 37 % 251))],
            "header only" => "%PDF-1.4"u8.ToArray(),
            _ => "<html>this is not a PDF</html>"u8.ToArray(),
        };

        var error = Assert.Throws<InvalidDocumentException>(() => Format.Read("broken.pdf", bytes));

        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Read_TruncatedFile_ThrowsDamaged()
    {
        var whole = SampleDocuments.Handbook().Build();

        var error = Assert.Throws<InvalidDocumentException>(() => Format.Read("cut.pdf", whole[..(whole.Length / 2)]));

        Assert.StartsWith("damaged or unreadable PDF", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFolder_BadPdfsBesideGoodOnes_WarnsOncePerBadFileAndIndexesTheRest()
    {
        using var folder = TestPaths.NewTempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "handbook.pdf"), SampleDocuments.Handbook().Build());
        File.WriteAllBytes(Path.Combine(folder.Path, "scan.pdf"), new TestPdf().Page(p => p.ScannedImage()).Build());
        File.WriteAllBytes(Path.Combine(folder.Path, "secret.pdf"), RawPdf.PasswordProtected());
        File.WriteAllBytes(Path.Combine(folder.Path, "broken.pdf"), [.. "%PDF-1.7\n"u8, .. new byte[3000]]);

        var (documents, warnings) = DocumentLoader.CreateDefault().LoadFolder(folder.Path);

        Assert.Equal("handbook.pdf", Assert.Single(documents).SourcePath);
        Assert.Equal(["broken.pdf", "scan.pdf", "secret.pdf"], warnings.Select(w => w.SourcePath).Order(StringComparer.Ordinal));
        Assert.All(warnings, w => Assert.StartsWith("skipped: ", w.Message, StringComparison.Ordinal));
        Assert.All(warnings, w => Assert.DoesNotContain('\n', w.Message));
    }
}
