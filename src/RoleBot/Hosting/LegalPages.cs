using System.Net;

namespace RoleBot.Hosting;

/// <summary>
/// GET /privacy and GET /terms: the pages the Teams app manifest links to (privacyUrl, termsOfUseUrl), which Teams
/// requires. They say what RoleBot itself stores; <c>Legal:Contact</c> names who to ask (default: the operator).
/// </summary>
public static class LegalPages
{
    public const string PrivacyPath = "/privacy", TermsPath = "/terms";

    public static IEndpointRouteBuilder MapLegalPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PrivacyPath, (IConfiguration configuration) => Page("Privacy", $"""
            <p>RoleBot answers onboarding questions from documents chosen by the organisation that runs it.</p>
            <p>What it keeps: questions it could not answer and Helpful / Not helpful votes (with the question, the answer
            and an optional comment), for the knowledge-gap report; the last question of a conversation, for follow-ups,
            for a limited time. Unanswered questions are removed after a set time and beyond a set number. Nothing is sent
            to anyone else.</p>
            <p>Questions about your data: {Contact(configuration)}.</p>
            """)).ExcludeFromDescription();
        endpoints.MapGet(TermsPath, (IConfiguration configuration) => Page("Terms of use", $"""
            <p>RoleBot quotes the organisation's own documents and links to them; it does not give advice of its own. Check
            the linked source before acting on an answer.</p>
            <p>Use it as your organisation's policies allow. Questions: {Contact(configuration)}.</p>
            """)).ExcludeFromDescription();
        return endpoints;
    }

    private static string Contact(IConfiguration configuration) =>
        WebUtility.HtmlEncode(configuration["Legal:Contact"] is { Length: > 0 } contact ? contact : "the team that runs RoleBot in your organisation");

    private static IResult Page(string title, string body) => Results.Content($"""
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>RoleBot: {title}</title></head>
        <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; line-height: 1.5">
        <h1>RoleBot: {title}</h1>
        {body}
        </body></html>
        """, "text/html; charset=utf-8");
}
