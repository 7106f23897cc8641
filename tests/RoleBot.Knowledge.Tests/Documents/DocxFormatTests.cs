using RoleBot.Knowledge.Documents;
using RoleBot.Knowledge.Documents.Formats;
using RoleBot.TestKit;
using RoleBot.TestKit.Documents;

namespace RoleBot.Knowledge.Tests.Documents;

public sealed class DocxFormatTests
{
    private static readonly DocxFormat Format = new();

    private static DocumentSection Section(SourceDocument document, string path) =>
        Assert.Single(document.Sections, s => s.Path == path);

    [Fact]
    public void Read_HeadingStyles_BecomeSectionsAndTitleStyleTheTitle()
    {
        var document = Format.Read("guide.docx", SampleDocuments.Guide().Build());

        Assert.Equal("Data engineer onboarding", document.Title);
        Assert.Equal(["", "First month", "First month > Access", "Systems", "On call"], document.Sections.Select(s => s.Path));
        Assert.Equal(["Welcome to the data platform team."], document.Sections[0].Blocks);
    }

    [Fact]
    public void Read_RunsOfOneParagraph_AreOneBlockWithoutDeletedRevisions()
    {
        var document = Format.Read("guide.docx", SampleDocuments.Guide().Build());

        Assert.Equal(["Data engineers own the nightly ingestion pipelines from their second week."], Section(document, "First month").Blocks);
        Assert.Equal(["The on-call rotation starts after three months."], Section(document, "On call").Blocks);
    }

    [Fact]
    public void Read_ListsAndTables_EachItemAndRowIsItsOwnLine()
    {
        var document = Format.Read("guide.docx", SampleDocuments.Guide().Build());

        Assert.Equal(["Request read access to the warehouse.", "Join the #data-oncall channel."], Section(document, "First month > Access").Blocks);
        Assert.Equal(
            ["System | Owner | Runbook", "Airflow | Data platform | wiki/airflow", "Snowflake | Analytics engineering | wiki/snowflake"],
            Section(document, "Systems").Blocks);
    }

    [Fact]
    public void Read_CoreProperties_GiveTitleAndUpdatedDate()
    {
        var docx = new TestDocx { Title = "Support handbook", Modified = new DateTimeOffset(2022, 5, 4, 8, 0, 0, TimeSpan.Zero) }
            .Heading(1, "Escalations")
            .Paragraph("Support engineers escalate outages to the incident commander.");

        var document = Format.Read("support.docx", docx.Build());

        Assert.Equal("Support handbook", document.Title);
        Assert.Equal(new DateTimeOffset(2022, 5, 4, 8, 0, 0, TimeSpan.Zero), document.Metadata.Updated);
        Assert.Null(document.Sections[0].Pages);
    }

    [Fact]
    public void Read_NoTitleAnywhere_UsesTheFileNameAndKeepsTheFirstHeadingAsASection()
    {
        var docx = new TestDocx().Heading(1, "Benefits").Paragraph("Employees choose a health plan in their first month.");

        var document = Format.Read("people-handbook.docx", docx.Build());

        Assert.Equal("People handbook", document.Title);
        Assert.Equal("Benefits", Assert.Single(document.Sections).Path);
    }

    [Fact]
    public void Read_ParagraphWithItsOwnOutlineLevel_IsAHeadingAtThatLevel()
    {
        var docx = new TestDocx { Title = "Security" }
            .Heading(1, "Access")
            .DirectOutlineHeading(2, "Laptops")
            .Paragraph("Laptops are encrypted before they are handed out.");

        var document = Format.Read("security.docx", docx.Build());

        Assert.Equal("Access > Laptops", Assert.Single(document.Sections).Path);
    }

    [Fact]
    public void Read_PasswordProtected_ThrowsEncrypted()
    {
        // What Word writes for a password-protected .docx: an OLE compound file holding the encrypted package.
        byte[] encrypted = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[4088]];

        var error = Assert.Throws<InvalidDocumentException>(() => Format.Read("secret.docx", encrypted));

        Assert.Contains("password-protected", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("zip without a document")]
    [InlineData("text")]
    public void Read_CorruptFile_ThrowsInvalidDocumentNeverAnotherException(string kind)
    {
        var whole = SampleDocuments.Guide().Build();
        var bytes = kind switch
        {
            "truncated" => whole[..(whole.Length / 2)],
            "zip without a document" => EmptyZip(),
            _ => "just some text in a .docx"u8.ToArray(),
        };

        var error = Assert.Throws<InvalidDocumentException>(() => Format.Read("broken.docx", bytes));

        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void LoadFolder_BadWordFilesBesideAGoodOne_WarnsAndIndexesTheRest()
    {
        using var folder = TestPaths.NewTempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "guide.docx"), SampleDocuments.Guide().Build());
        File.WriteAllBytes(Path.Combine(folder.Path, "secret.docx"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]]);
        var whole = SampleDocuments.Guide().Build();
        File.WriteAllBytes(Path.Combine(folder.Path, "cut.docx"), whole[..(whole.Length / 3)]);

        var (documents, warnings) = DocumentLoader.CreateDefault().LoadFolder(folder.Path);

        Assert.Equal("guide.docx", Assert.Single(documents).SourcePath);
        Assert.Equal(["cut.docx", "secret.docx"], warnings.Select(w => w.SourcePath).Order(StringComparer.Ordinal));
    }

    private static byte[] EmptyZip()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a Word document");
        }

        return stream.ToArray();
    }
}
