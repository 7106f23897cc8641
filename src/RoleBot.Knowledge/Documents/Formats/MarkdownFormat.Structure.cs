using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace RoleBot.Knowledge.Documents.Formats;

/// <summary>Structure that web pages pasted as Markdown carry without markup: column names over cells, label lines over lists.</summary>
public sealed partial class MarkdownFormat
{
    private static string CellText(TableCell cell) => string.Join(" ", cell.OfType<ParagraphBlock>().Select(p => Flatten(p.Inline))).Trim();

    /// <summary>Most words a column header may have to be repeated in each cell (default 5): a name, not a sentence.</summary>
    internal const int MaxColumnHeaderWords = 5;

    /// <summary>
    /// The header row's cells when there are two or more and each is a short name ("Tech Lead (System)", "Engineering
    /// Manager (People)"), else none. A row is read without its header otherwise: "Hands-On Coding 30% to 70% of the Time
    /// | Hands-On Coding 0% to 30% of the Time" does not say which role codes more.
    /// </summary>
    private static string[] ColumnHeaders(Table table)
    {
        if (table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader) is not { } header)
        {
            return [];
        }

        var cells = header.OfType<TableCell>().Select(CellText).ToArray();
        return cells.Count(c => c.Length > 0) >= 2 && cells.All(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxColumnHeaderWords) ? cells : [];
    }

    /// <summary>"Tech Lead (System): Hands-On Coding …": the cell after its column's header, unless it is empty or already starts with it.</summary>
    private static string Labelled(string[] headers, int column, string cell) =>
        cell.Length == 0 || column >= headers.Length || headers[column].Length == 0 || cell.StartsWith(headers[column], StringComparison.OrdinalIgnoreCase)
            ? cell
            : $"{headers[column]}: {cell}";

    /// <summary>Most words a label line above a list has to be read as its heading (default 6).</summary>
    internal const int MaxLabelWords = 6;

    /// <summary>
    /// A short line without sentence punctuation ("Responsibilities", "Nice to have"): not a lead-in ("You will:"), nor a
    /// sentence missing its full stop ("We rotate weekly").
    /// </summary>
    /// <summary>
    /// A list of two items or more, each a role's name and its own nested list ("Senior Maintainers" / "Standard
    /// Maintainers"): the names and their lists, else null. Labels of other things ("Impact" / "Influence") stay items:
    /// grouping them too moved answers on the team handbooks (one question lower in each set) for no gain.
    /// </summary>
    private static List<(string Label, ListBlock Inner)>? LabelsOverLists(ListBlock list)
    {
        var groups = new List<(string, ListBlock)>();
        foreach (var item in list.OfType<ListItemBlock>())
        {
            if (item.Count != 2 || item[0] is not ParagraphBlock paragraph || item[1] is not ListBlock inner || !IsPlainWords(paragraph.Inline)
                || Flatten(paragraph.Inline).Trim() is not { Length: > 0 } label || !IsListLabel(label)
                || !(Glossary.RoleDiscovery.EndsInRoleNoun(label) || Glossary.RoleDiscovery.IsRoleNounName(label)))
            {
                return null;
            }

            groups.Add((label, inner));
        }

        return groups.Count >= 2 ? groups : null;
    }

    private static bool IsListLabel(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= MaxLabelWords && char.IsUpper(text[0]) && !".:;,!?)".Contains(text[^1])
            && !SentenceOpeners.Contains(words[0]);
    }

    /// <summary>Words a sentence opens with and a label does not.</summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "We", "You", "They", "He", "She", "It", "This", "These", "That", "Those", "There", "Our", "Your", "Their", "If", "When", "Please",
    };

    /// <summary>Words and emphasis only: an image's alt text ("![Escalation](…)") or a link is no label.</summary>
    private static bool IsPlainWords(ContainerInline? inline) =>
        inline is not null && inline.Descendants().All(i => i is LiteralInline or EmphasisInline or LineBreakInline);
}
