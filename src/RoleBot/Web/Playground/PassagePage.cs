using System.Text;
using System.Text.Encodings.Web;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Answers;

namespace RoleBot.Web.Playground;

/// <summary>
/// <c>GET /passage?id=</c>: the whole cited passage as a small HTML page, so every numbered source opens even when its
/// document has no URL. Everything is HTML-encoded; the page loads only the playground stylesheet.
/// </summary>
internal static class PassagePage
{
    public static string LinkFor(string passageId) => "/passage?id=" + Uri.EscapeDataString(passageId);

    public static RouteHandlerBuilder MapPassagePage(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/passage", (string? id, KnowledgeHost knowledge, HttpContext http) =>
        {
            if (!knowledge.IsLoaded)
            {
                return WebProblems.KnowledgeUnavailable(knowledge.LastReloadError ?? "The knowledge is still loading.");
            }

            var passage = id is null ? null : knowledge.Current.Passages.FirstOrDefault(p => p.Id == id);
            if (passage is null)
            {
                return Results.Problem("No passage has this id; the knowledge may have been reloaded since the answer.", title: "Passage not found", statusCode: StatusCodes.Status404NotFound);
            }

            var html = HtmlEncoder.Default;
            var page = new StringBuilder()
                .Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .Append("<title>").Append(html.Encode(passage.DocumentTitle)).Append("</title><link rel=\"stylesheet\" href=\"/playground/playground.css\"></head>")
                .Append("<body class=\"passage-page\"><main><p><a href=\"/\">&larr; RoleBot playground</a></p>")
                .Append("<h1>").Append(html.Encode(passage.DocumentTitle)).Append("</h1><h2>").Append(html.Encode(passage.Section))
                .Append(passage.PageRange() is { } range ? $" <span class=\"page\">&middot; {html.Encode(range)}</span>" : string.Empty).Append("</h2>");
            foreach (var block in passage.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                page.Append("<p>").Append(html.Encode(block)).Append("</p>");
            }

            page.Append("<p class=\"source\">Source file: <code>").Append(html.Encode(passage.SourcePath)).Append("</code>");
            if (passage.Credit is { } credit)
            {
                page.Append(" &middot; ").Append(html.Encode(credit));
            }

            if (passage.Updated is { } updated)
            {
                var stale = knowledge.Freshness.IsStale(updated);
                page.Append(stale ? " &middot; <span class=\"updated stale\">" : " &middot; <span class=\"updated\">")
                    .Append("updated ").Append(html.Encode(CitationLabel.Date(updated)))
                    .Append(stale ? " &middot; " + CitationLabel.OutOfDate : string.Empty).Append("</span>");
            }

            page.Append("</p></main></body></html>");
            http.Response.Headers.ContentSecurityPolicy = PlaygroundAssets.ContentSecurityPolicy;
            return Results.Content(page.ToString(), "text/html; charset=utf-8");
        }).ExcludeFromDescription();
}
