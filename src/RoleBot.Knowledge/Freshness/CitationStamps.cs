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
        return answer with { Citations = citations, Text = WithSourceLines(answer.Text, answer.Citations, citations) };
    }

    /// <summary>
    /// The plain text with each "[n] “excerpt” — source" entry ending in the stamped source line. Only those source
    /// lines change, so whatever else the composer wrote into the text stays as it was.
    /// </summary>
    private static string WithSourceLines(string text, IReadOnlyList<Citation> before, IReadOnlyList<Citation> after)
    {
        for (var c = 0; c < before.Count; c++)
        {
            var entry = text.StartsWith($"[{before[c].N}] ", StringComparison.Ordinal) ? 0 : text.IndexOf($"\n[{before[c].N}] ", StringComparison.Ordinal);
            var oldEnd = " \u2014 " + AnswerText.SourceLine(before[c]);
            var at = entry < 0 ? -1 : text.IndexOf(oldEnd, entry, StringComparison.Ordinal);
            if (at >= 0)
            {
                text = string.Concat(text.AsSpan(0, at), " \u2014 ", AnswerText.SourceLine(after[c]), text.AsSpan(at + oldEnd.Length));
            }
        }

        return text;
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
