using System.Text.RegularExpressions;
using RoleBot.Knowledge.Documents;

namespace RoleBot.Knowledge.Tests.Documents;

public sealed partial class TextCleanupTests
{
    [Theory]
    [InlineData("A tester checks every release.")]
    [InlineData("  leading and trailing  ")]
    [InlineData("two  spaces, a\ttab, a\nnew line, a\r\nwindows line")]
    [InlineData("non\u00A0breaking and\u2028line separator and\u2003em space")]
    [InlineData("ends with a new line\n")]
    [InlineData(" ")]
    [InlineData("")]
    [InlineData("x")]
    public void Normalize_CollapsesAndTrimsAsTheWhitespacePattern(string text) =>
        Assert.Equal(Whitespace().Replace(text.Replace('\u00A0', ' '), " ").Trim(), TextCleanup.Normalize(text));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
