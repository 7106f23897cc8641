namespace RoleBot.TestKit.Documents;

/// <summary>The generated PDF and Word documents several test classes read and ask questions about.</summary>
public static class SampleDocuments
{
    /// <summary>A three-page handbook: outline, running header, page numbers, a hyphenated line break, bullets and a table.</summary>
    public static TestPdf Handbook(bool bookmarks = true)
    {
        var pdf = new TestPdf { Title = "Engineering onboarding handbook", RunningHeader = "ACME Corp - internal", PageNumbers = true, Modified = new DateTimeOffset(2024, 3, 1, 9, 30, 0, TimeSpan.Zero) }
            .Page(p => p
                .Heading("First week")
                .Lines("New engineers get a laptop on their first day and a buddy who answers ques-",
                       "tions about the codebase. The buddy meets them every week.")
                .Heading("Accounts", 14)
                .Bullets("Set up your VPN access with the IT desk.", "Read the security policy before pushing code."))
            .Page(p => p
                .Heading("Tools and owners")
                .Paragraph("Every tool has an owning team that answers questions in its help channel.")
                .Table(["Tool", "Owner", "Channel"], ["Jira", "Platform team", "#help-jira"], ["Grafana", "Observability team", "#help-grafana"]))
            .Page(p => p
                .Heading("Deployments")
                .Paragraph("Engineers deploy to production through the release train on Tuesdays and Thursdays after review."));
        if (bookmarks)
        {
            pdf.Bookmark("First week", 0, 1).Bookmark("Accounts", 1, 1).Bookmark("Tools and owners", 0, 2).Bookmark("Deployments", 0, 3);
        }

        return pdf;
    }

    /// <summary>A Word guide: Title style, Heading 1/2, a custom outline-level heading, bullets, a table and a deleted revision; modified 2023-11-20.</summary>
    public static TestDocx Guide() => new TestDocx { Modified = new DateTimeOffset(2023, 11, 20, 16, 0, 0, TimeSpan.Zero) }
        .TitleParagraph("Data engineer onboarding")
        .Paragraph("Welcome to the data platform team.")
        .Heading(1, "First month")
        .Paragraph("Data engineers ", "own the nightly ", "ingestion pipelines from their second week.")
        .Heading(2, "Access")
        .Bullets("Request read access to the warehouse.", "Join the #data-oncall channel.")
        .Heading(1, "Systems")
        .Table(["System", "Owner", "Runbook"], ["Airflow", "Data platform", "wiki/airflow"], ["Snowflake", "Analytics engineering", "wiki/snowflake"])
        .OutlineHeading(1, "On call")
        .ParagraphWithDeletedText("The on-call rotation starts after three months.", " Old text that was deleted in review.");
}
