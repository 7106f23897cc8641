using RoleBot.Knowledge.Answers;

namespace RoleBot.Knowledge.Freshness;

/// <summary>
/// Adds what a citation says about its document beyond the excerpt — the page of a PDF, the date the document was last
/// updated and whether that is too long ago — after the answer is composed, so ranking and excerpt choice stay unaware
/// of it. Staleness depends on today's date, which is why it is not part of the index.
/// </summary>
internal static class CitationStamps
{
    public static Answer Apply(Answer answer, KnowledgeBase knowledge, FreshnessPolicy policy)
    {
        if (answer.Citations.Count == 0)
        {
            return answer;
        }

        var citations = answer.Citations.Select(c => Stamp(c, knowledge.FindPassage(c.PassageId), policy)).ToList();
        return answer with
        {
            Citations = citations,
            // The plain text carries the same source lines as the renderers, so it is rendered again with the stamps.
            Text = AnswerText.Render(answer.Lead, citations, answer.Comparison),
        };
    }

    private static Citation Stamp(Citation citation, Passages.Passage? passage, FreshnessPolicy policy)
    {
        if (passage is null)
        {
            return citation;
        }

        return citation with
        {
            Page = passage.PageAt(citation.Excerpt.Start),
            Updated = passage.Updated,
            MayBeOutOfDate = policy.IsStale(passage.Updated),
        };
    }
}
