using System.Text;
using System.Text.RegularExpressions;

namespace RoleBot.Channels.Teams;

/// <summary>
/// Document and user text inside RoleBot's markdown (Teams message text, Web Chat card TextBlocks): backslash-escaped
/// so it shows verbatim. *all*, __init__ or [runbook](url) in a document must not become emphasis or a link.
/// </summary>
internal static partial class MarkdownText
{
    // Inline markup (emphasis, code, links, HTML, entities, strikethrough, tables) and "#" / ">" anywhere; CommonMark
    // lets a backslash escape any ASCII punctuation, and Teams and Web Chat's markdown-it honour it.
    private const string Special = "\\`*_[]<>&~|#";

    /// <summary><paramref name="text"/> with every markdown-significant character escaped, including a list marker at its start.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        // "- x", "+ x" and "1. x" start a list (the text may follow "- " in a list of sources).
        return ListMarker().Replace(escaped.ToString(), m => m.Value[..^1] + "\\" + m.Value[^1], 1);
    }

    /// <summary>Like <see cref="Escape"/>, but RoleBot's own [n] references stay bare so they still bind to citations.</summary>
    public static string EscapeKeepingReferences(string text) => EscapedReference().Replace(Escape(text), "[$1]");

    [GeneratedRegex(@"^\s*(?:[-+]|\d{1,9}[.)])(?=\s|$)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\\\[(\d{1,3})\\\]")]
    private static partial Regex EscapedReference();
}
