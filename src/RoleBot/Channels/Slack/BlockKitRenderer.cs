using System.Text;
using System.Text.Json.Nodes;
using RoleBot.Knowledge.Answers;

namespace RoleBot.Channels.Slack;

/// <summary>
/// Turns an <see cref="Answer"/> into a Block Kit message: the lead (verdict), each excerpt quoted with its [n], a
/// context block of numbered sources, comparison rows, feedback and compare buttons, and suggestions when unanswered.
/// Stays inside Slack's limits by trimming (never by failing): 50 blocks, 3,000 characters per section, and a total
/// text budget below the ≈13,000 characters where Slack starts answering msg_blocks_too_long.
/// </summary>
public static class BlockKitRenderer
{
    /// <summary>Characters of block text per message; Slack rejects payloads well below its documented per-block limits.</summary>
    public const int TextBudget = 11_000;

    /// <summary>Fallback text (notifications, clients without blocks) limit; Slack truncates far later, at 40,000.</summary>
    public const int MaxFallbackText = 3000;

    private const int MaxSuggestions = 5;

    // Room kept in the text budget for the sources, the notes and the buttons after the excerpts.
    private const int SourcesReserve = 2500;

    private const int MinFirstExcerpt = 500;

    public static SlackMessage Render(Answer answer)
    {
        var blocks = new List<JsonObject>();
        var budget = TextBudget;
        void Add(JsonObject block, int textLength)
        {
            blocks.Add(block);
            budget -= textLength;
        }

        if (answer.CorrectedQuestion is { } corrected)
        {
            var note = $"Answering: _{SlackText.Literal(corrected)}_";
            Add(BlockKit.Context([note]), Math.Min(note.Length, BlockKit.MaxContextText));
        }

        // Document and question text goes through SlackText.Literal: only RoleBot's own *bold* and _italics_ format.
        var lead = BlockKit.Section(SlackText.Literal(answer.Lead), "rolebot_lead");
        Add(lead, SectionLength(lead));

        if (answer.Comparison is { Rows.Count: > 0 } comparison)
        {
            var rows = BlockKit.Section(ComparisonText(comparison), "rolebot_comparison");
            Add(rows, SectionLength(rows));
        }

        // Blocks that must stay at the end: the sources (one context block per 10), a "more not shown" note, the buttons.
        var actionBlocks = answer.Answered || answer.Suggestions.Count > 0 ? 1 : 0;
        var shown = 0;
        foreach (var citation in answer.Citations)
        {
            var next = shown + 1;
            var sourceBlocks = (next + BlockKit.MaxContextElements - 1) / BlockKit.MaxContextElements;
            var quoted = $"*[{citation.N}]*\n{BlockKit.Quote(HighlightedExcerpt(citation.Excerpt))}";

            // The first excerpt is always shown (cut if need be): an answer is only as good as its quote.
            var room = shown == 0 ? Math.Max(MinFirstExcerpt, budget - SourcesReserve) : budget - SourcesReserve;
            var excerpt = BlockKit.Section(shown == 0 ? BlockKit.TrimMrkdwn(quoted, room) : quoted);
            var length = SectionLength(excerpt);
            if (blocks.Count + 1 + sourceBlocks + 1 + actionBlocks > BlockKit.MaxBlocks || length > room)
            {
                break;
            }

            Add(excerpt, length);
            shown++;
        }

        var cited = answer.Citations.Take(shown).ToList();
        foreach (var chunk in cited.Chunk(BlockKit.MaxContextElements))
        {
            Add(BlockKit.Context(chunk.Select(SourceLink), "rolebot_sources_" + chunk[0].N), chunk.Sum(c => SourceLink(c).Length));
        }

        if (shown < answer.Citations.Count && blocks.Count + actionBlocks < BlockKit.MaxBlocks)
        {
            Add(BlockKit.Context([$"{answer.Citations.Count - shown} more excerpts did not fit in one Slack message."]), 80);
        }

        if (answer.Answered)
        {
            blocks.Add(BlockKit.Actions(SlackActions.FeedbackBlock, FeedbackButtons(answer, cited)));
        }
        else if (answer.Suggestions.Count > 0)
        {
            blocks.Add(BlockKit.Actions(SlackActions.SuggestionsBlock, answer.Suggestions.Take(MaxSuggestions)
                .Select((q, i) => BlockKit.Button(SlackActions.AskPrefix + i, q, SlackActions.Encode(q)))));
        }

        var array = new JsonArray();
        foreach (var block in blocks.Take(BlockKit.MaxBlocks))
        {
            array.Add(block);
        }

        return new SlackMessage(BlockKit.TrimMrkdwn(SlackText.Literal(answer.Lead), MaxFallbackText), array);
    }

    /// <summary>The blocks of <paramref name="original"/> with the feedback buttons replaced by a note of the vote.</summary>
    public static JsonArray WithVote(JsonArray? original, bool helpful, string? userId)
    {
        var result = new JsonArray();
        var by = userId is { Length: > 0 } ? $" by <@{SlackText.Escape(userId)}>" : "";
        var note = BlockKit.Context([$"{(helpful ? ":thumbsup: Marked helpful" : ":thumbsdown: Marked not helpful")}{by}. Thanks for the feedback."], "rolebot_vote");
        var replaced = false;
        foreach (var node in original ?? [])
        {
            if (node is JsonObject block && (string?)block["block_id"] == SlackActions.FeedbackBlock)
            {
                result.Add(note);
                replaced = true;
            }
            else if (node is JsonObject && (string?)node["block_id"] != "rolebot_vote")
            {
                result.Add(node.DeepClone());
            }
        }

        if (!replaced && result.Count < BlockKit.MaxBlocks)
        {
            result.Add(note);
        }

        return result;
    }

    private static IEnumerable<JsonObject> FeedbackButtons(Answer answer, IReadOnlyList<Citation> cited)
    {
        var value = SlackActions.Encode(answer.Question, cited.Select(c => c.PassageId));
        yield return BlockKit.Button(SlackActions.Helpful, "Helpful", value, "primary");
        yield return BlockKit.Button(SlackActions.NotHelpful, "Not helpful", value);
        if (answer.OtherRole is { } other && answer.CompareQuestion is { } question)
        {
            yield return BlockKit.Button(SlackActions.Compare, $"Compare with {other}", SlackActions.Encode(question));
        }
    }

    /// <summary>
    /// The excerpt as literal text (<see cref="SlackText.Literal"/>), with the words that matched the question in *bold*.
    /// Bold only renders at word boundaries, so a highlight next to a letter or a formatting character stays plain.
    /// </summary>
    public static string HighlightedExcerpt(Excerpt excerpt)
    {
        var text = excerpt.Text;
        var result = new StringBuilder();
        var at = 0;
        foreach (var highlight in excerpt.Highlights.OrderBy(h => h.Start))
        {
            var (start, end) = (highlight.Start, highlight.Start + highlight.Length);
            if (start < at || highlight.Length <= 0 || end > text.Length
                || text.AsSpan(start, highlight.Length).IndexOfAny("*_~`\n") >= 0
                || (start > 0 && IsWordOrMark(text[start - 1])) || (end < text.Length && IsWordOrMark(text[end]))
                || char.IsWhiteSpace(text[start]) || char.IsWhiteSpace(text[end - 1]))
            {
                continue;
            }

            result.Append(SlackText.Literal(text[at..start])).Append('*').Append(SlackText.Literal(text[start..end])).Append('*');
            at = end;
        }

        return result.Append(SlackText.Literal(text[at..])).ToString();
    }

    private static bool IsWordOrMark(char c) => char.IsLetterOrDigit(c) || c is '*' or '_' or '~' or '`';

    private static string SourceLink(Citation citation)
    {
        var label = SlackText.Literal(CitationLabel.Source(citation));
        var link = SourceUrl.ForLink(citation.Url) is { } url
            ? $"[{citation.N}] <{url}|{label.Replace("|", "\u2223", StringComparison.Ordinal)}>"
            : $"[{citation.N}] {label}";
        return CitationLabel.Freshness(citation) is { } freshness ? $"{link} \u00B7 {Freshness(citation, freshness)}" : link;
    }

    /// <summary>The date, with an out-of-date document's warning in italics so it stands out in the grey context line.</summary>
    private static string Freshness(Citation citation, string freshness) =>
        citation.MayBeOutOfDate ? $"_{SlackText.Escape(freshness)}_" : SlackText.Escape(freshness);

    private static string ComparisonText(RoleComparison comparison)
    {
        var text = new StringBuilder();
        foreach (var row in comparison.Rows)
        {
            var cells = comparison.Roles.Select((role, i) =>
                $"{SlackText.Literal(role)} {(i < row.Cells.Count && row.Cells[i] is { } n ? $"[{n}]" : "(not covered)")}");
            text.Append('*').Append(SlackText.Literal(row.Aspect)).Append("*: ").AppendJoin(" \u00B7 ", cells).Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    private static int SectionLength(JsonObject section) => ((string?)section["text"]?["text"])?.Length ?? 0;
}
