using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace RoleBot.Web.Insights;

/// <summary>
/// The insights page as one server-rendered HTML document: headings per section, tables with header scopes and
/// captions, the votes chart as inline SVG. Everything from users or documents is HTML-encoded; no script.
/// </summary>
internal static class InsightsPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public static string Render(InsightsReport report)
    {
        var page = new StringBuilder()
            .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>RoleBot insights</title><link rel=\"stylesheet\" href=\"/playground/playground.css\"><link rel=\"stylesheet\" href=\"/playground/insights.css\"></head>")
            .Append("<body class=\"insights-page\"><header class=\"top\"><p><a href=\"/\">&larr; RoleBot playground</a></p><h1>Insights</h1>")
            .Append("<p>What people ask RoleBot, what it cannot answer yet, and what to fix next. Generated ")
            .Append(Time(report.GeneratedAt)).Append(".</p>")
            .Append("<nav aria-label=\"Sections\"><ul class=\"toc\">")
            .Append("<li><a href=\"#unanswered\">Unanswered</a></li><li><a href=\"#most-asked\">Most asked</a></li><li><a href=\"#votes\">Votes</a></li>")
            .Append("<li><a href=\"#handoffs\">Expert hand-offs</a></li><li><a href=\"#documents\">Documents</a></li></ul></nav></header><main>");
        Unanswered(page, report);
        MostAsked(page, report);
        Votes(page, report);
        Handoffs(page, report);
        Documents(page, report);
        return page.Append("</main></body></html>").ToString();
    }

    private static void Unanswered(StringBuilder page, InsightsReport report)
    {
        Section(page, "unanswered", "Unanswered questions, grouped by similarity",
            "Questions RoleBot said it could not answer. Similar wordings are grouped; the biggest groups are the gaps worth a document first.");
        if (report.Unanswered.Count == 0)
        {
            page.Append("<p class=\"empty\">None recorded yet.</p></section>");
            return;
        }

        page.Append("<div class=\"table-wrap\"><table><caption>Groups of unanswered questions, most asked first</caption><thead><tr>")
            .Append("<th scope=\"col\" class=\"num\">Times asked</th><th scope=\"col\">Question</th><th scope=\"col\">Similar wordings</th></tr></thead><tbody>");
        foreach (var cluster in report.Unanswered)
        {
            page.Append("<tr><td class=\"num\">").Append(cluster.Count).Append("</td><th scope=\"row\">").Append(Html.Encode(cluster.Question)).Append("</th><td>");
            var others = cluster.Members.Skip(1).Take(5).ToList();
            if (others.Count == 0)
            {
                page.Append("<span class=\"none\">none</span>");
            }
            else
            {
                page.Append("<ul class=\"plain\">");
                foreach (var member in others)
                {
                    page.Append("<li>").Append(Html.Encode(member.Question)).Append(" <span class=\"count\">(").Append(member.Count).Append(")</span></li>");
                }

                page.Append("</ul>");
                if (cluster.Members.Count > 6)
                {
                    page.Append("<p class=\"more\">and ").Append(cluster.Members.Count - 6).Append(" more</p>");
                }
            }

            page.Append("</td></tr>");
        }

        page.Append("</tbody></table></div>");
        if (report.WorstRated.Count > 0)
        {
            page.Append("<h3>Answers voted not helpful</h3><div class=\"table-wrap\"><table><caption>Answers with the most “not helpful” votes</caption><thead><tr>")
                .Append("<th scope=\"col\">Question</th><th scope=\"col\" class=\"num\">Not helpful</th><th scope=\"col\" class=\"num\">Helpful</th><th scope=\"col\">Cited passages</th></tr></thead><tbody>");
            foreach (var row in report.WorstRated)
            {
                page.Append("<tr><th scope=\"row\">").Append(Html.Encode(row.Question)).Append("</th><td class=\"num\">").Append(row.NotHelpful)
                    .Append("</td><td class=\"num\">").Append(row.Helpful).Append("</td><td>");
                Links(page, row.Passages);
                page.Append("</td></tr>");
            }

            page.Append("</tbody></table></div>");
        }

        page.Append("</section>");
    }

    private static void MostAsked(StringBuilder page, InsightsReport report)
    {
        Section(page, "most-asked", "Most asked questions", "Every channel together; the passages are those the latest answer quoted.");
        if (report.MostAsked.Count == 0)
        {
            page.Append("<p class=\"empty\">No questions yet.</p></section>");
            return;
        }

        page.Append("<div class=\"table-wrap\"><table><caption>Most asked questions</caption><thead><tr><th scope=\"col\" class=\"num\">Times asked</th>")
            .Append("<th scope=\"col\">Question</th><th scope=\"col\" class=\"num\">Unanswered</th><th scope=\"col\">Quoted passages</th></tr></thead><tbody>");
        foreach (var row in report.MostAsked)
        {
            page.Append("<tr><td class=\"num\">").Append(row.Count).Append("</td><th scope=\"row\">").Append(Html.Encode(row.Question))
                .Append("</th><td class=\"num\">").Append(row.Unanswered).Append("</td><td>");
            Links(page, row.Passages);
            page.Append("</td></tr>");
        }

        page.Append("</tbody></table></div></section>");
    }

    private static void Votes(StringBuilder page, InsightsReport report)
    {
        Section(page, "votes", "Helpful and not helpful over time",
            $"Votes per day over the last {report.Votes.Count} days, from every channel.");
        page.Append("<figure class=\"chart-box\">").Append(FeedbackChart.Svg(report.Votes))
            .Append("<figcaption><span class=\"key helpful\" aria-hidden=\"true\"></span> Helpful <span class=\"key not-helpful\" aria-hidden=\"true\"></span> Not helpful</figcaption></figure>")
            .Append("<details><summary>The numbers behind the chart</summary><div class=\"table-wrap\"><table><caption>Votes per day</caption><thead><tr>")
            .Append("<th scope=\"col\">Day</th><th scope=\"col\" class=\"num\">Helpful</th><th scope=\"col\" class=\"num\">Not helpful</th></tr></thead><tbody>");
        foreach (var day in report.Votes.Where(d => d.Helpful + d.NotHelpful > 0))
        {
            page.Append("<tr><th scope=\"row\">").Append(day.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("</th><td class=\"num\">")
                .Append(day.Helpful).Append("</td><td class=\"num\">").Append(day.NotHelpful).Append("</td></tr>");
        }

        page.Append("</tbody></table></div></details></section>");
    }

    private static void Handoffs(StringBuilder page, InsightsReport report)
    {
        Section(page, "handoffs", "Expert hand-offs", "Questions people passed to an expert, newest first, and what became of them.");
        if (report.Handoffs.Count == 0)
        {
            page.Append("<p class=\"empty\">None yet.</p></section>");
            return;
        }

        page.Append("<div class=\"table-wrap\"><table><caption>Expert hand-offs and their state</caption><thead><tr><th scope=\"col\">State</th>")
            .Append("<th scope=\"col\">Question</th><th scope=\"col\">Asked</th><th scope=\"col\">Expert</th><th scope=\"col\">Passages</th></tr></thead><tbody>");
        foreach (var row in report.Handoffs)
        {
            page.Append("<tr id=\"handoff-").Append(Html.Encode(row.Id)).Append("\"><td><span class=\"state state-").Append(Html.Encode(row.State)).Append("\">")
                .Append(Html.Encode(row.State.Replace('_', ' '))).Append("</span>").Append(row.Saved ? " <span class=\"saved\">saved</span>" : "")
                .Append("</td><th scope=\"row\">").Append(Html.Encode(row.Question)).Append("</th><td>").Append(Time(row.AskedAt))
                .Append("<br><span class=\"path\">").Append(Html.Encode(row.AskerChannel)).Append(", ").Append(Html.Encode(row.Reason)).Append("</span></td><td>")
                .Append(Html.Encode(row.Expert ?? (row.RoutedTo.Count > 0 ? "for " + string.Join(", ", row.RoutedTo) : "experts channel")))
                .Append("</td><td>");
            Links(page, row.Passages);
            page.Append("</td></tr>");
        }

        page.Append("</tbody></table></div></section>");
    }

    private static void Documents(StringBuilder page, InsightsReport report)
    {
        var intro = report.StaleAfterDays is { } days
            ? $"Oldest first; documents unchanged for more than {days} days (Knowledge:StaleAfterDays) are marked stale."
            : "Oldest first, by the file's last change. Set Knowledge:StaleAfterDays to mark stale ones.";
        Section(page, "documents", report.StaleAfterDays is null ? "Documents by last update" : "Stale documents", intro);
        if (report.Documents.Count == 0)
        {
            page.Append("<p class=\"empty\">The knowledge is not loaded.</p></section>");
            return;
        }

        page.Append("<div class=\"table-wrap\"><table><caption>Documents by last update, oldest first</caption><thead><tr><th scope=\"col\">Document</th>")
            .Append("<th scope=\"col\">Last updated</th><th scope=\"col\" class=\"num\">Age (days)</th></tr></thead><tbody>");
        foreach (var row in report.Documents)
        {
            page.Append("<tr").Append(row.Stale ? " class=\"stale\"" : "").Append("><th scope=\"row\">");
            if (row.FirstPassage is { } link)
            {
                page.Append("<a href=\"").Append(Html.Encode(link.Link)).Append("\">").Append(Html.Encode(row.Title)).Append("</a>");
            }
            else
            {
                page.Append(Html.Encode(row.Title));
            }

            page.Append("<br><span class=\"path\">").Append(Html.Encode(row.Source)).Append("</span></th><td>").Append(Time(row.LastModified))
                .Append(row.Stale ? " <span class=\"state state-stale\">stale</span>" : "").Append("</td><td class=\"num\">").Append(row.AgeDays).Append("</td></tr>");
        }

        page.Append("</tbody></table></div></section>");
    }

    private static void Section(StringBuilder page, string id, string title, string intro) =>
        page.Append("<section id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-title\"><h2 id=\"").Append(id).Append("-title\">")
            .Append(Html.Encode(title)).Append("</h2><p class=\"intro\">").Append(Html.Encode(intro)).Append("</p>");

    private static void Links(StringBuilder page, IReadOnlyList<PassageLink> links)
    {
        if (links.Count == 0)
        {
            page.Append("<span class=\"none\">none</span>");
            return;
        }

        page.Append("<ul class=\"plain\">");
        foreach (var link in links)
        {
            page.Append("<li><a href=\"").Append(Html.Encode(link.Link)).Append("\">").Append(Html.Encode(link.Title)).Append("</a></li>");
        }

        page.Append("</ul>");
    }

    private static string Time(DateTimeOffset at) =>
        $"<time datetime=\"{at.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\">{at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC</time>";
}
