using System.Globalization;

namespace RoleBot.Channels;

/// <summary>
/// Where text may be cut: between text elements (grapheme clusters), so a cut never leaves half a surrogate pair
/// (U+FFFD in Teams), an emoji without its skin tone or ZWJ partner, or a letter without its accent.
/// </summary>
internal static class TextCut
{
    /// <summary>The largest text-element boundary at or before <paramref name="index"/>.</summary>
    public static int Floor(string text, int index)
    {
        if (index >= text.Length)
        {
            return text.Length;
        }

        var at = 0;
        while (at < index)
        {
            var next = at + StringInfo.GetNextTextElementLength(text, at);
            if (next > index)
            {
                break;
            }

            at = next;
        }

        return at;
    }
}
