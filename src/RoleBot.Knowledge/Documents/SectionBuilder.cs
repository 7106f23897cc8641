namespace RoleBot.Knowledge.Documents;

/// <summary>Collects blocks under a heading stack while a format walks its document.</summary>
internal sealed class SectionBuilder
{
    private readonly List<DocumentSection> _sections = [];
    private readonly List<(int Level, string Text)> _headings = [];
    private List<string> _blocks = [];
    private List<int> _pages = [];
    private bool _paged;

    public IReadOnlyList<DocumentSection> Sections
    {
        get
        {
            Flush();
            return _sections;
        }
    }

    /// <summary>The first level-1 heading, used as the title when front matter has none.</summary>
    public string? FirstTopHeading { get; private set; }

    /// <summary>The document's title, when known: a heading repeating it is not part of any section path.</summary>
    public string? Title { get; init; }

    public void Heading(int level, string text)
    {
        // Permalink marks that sites put after a heading ("Secretarial duties ¶", "Purpose¶", "Reporting #") are not its name.
        // "C#" keeps its '#': only a mark standing apart, or a pilcrow, is a permalink.
        text = Permalink.Replace(TextCleanup.Normalize(text), "");
        if (text.Length == 0)
        {
            return;
        }

        Flush();
        if (Title is not null && string.Equals(text, Title, StringComparison.OrdinalIgnoreCase))
        {
            _headings.Clear();
            return;
        }

        if (level == 1 && FirstTopHeading is null && Title is null && !_severalTopHeadings)
        {
            FirstTopHeading = text;
            _titledFrom = _sections.Count;
            _headings.Clear();
            return;
        }

        // A second top heading ("# OSPO Engineer I", "# Senior OSPO Engineer"): the first was a section like this one,
        // not the title, so the sections read under it take it back as their first heading.
        if (level == 1 && FirstTopHeading is not null && Title is null)
        {
            for (var i = _titledFrom; i < _sections.Count; i++)
            {
                _sections[i] = _sections[i] with { HeadingPath = [FirstTopHeading, .. _sections[i].HeadingPath] };
            }

            FirstTopHeading = null;
            _severalTopHeadings = true;
        }

        _headings.RemoveAll(h => h.Level >= level);
        _headings.Add((level, text));
        _level = level;
    }

    /// <summary>
    /// A heading one level below the last real heading, such as a table's row header ("M3" heading the cells of its
    /// rows): the next one replaces it, and the next real heading closes it.
    /// </summary>
    public void SubHeading(string text)
    {
        var level = _level;
        Heading(Math.Min(7, level + 1), text);
        _level = level;
    }

    /// <summary>Closes the sub-heading <see cref="SubHeading"/> opened: what follows reads under the last real heading again.</summary>
    public void EndSubHeading()
    {
        Flush();
        _headings.RemoveAll(h => h.Level > _level);
    }

    private int _level = 1;

    /// <summary>The first section read under <see cref="FirstTopHeading"/>.</summary>
    private int _titledFrom;

    /// <summary>The document has more than one top heading, so none of them is its title.</summary>
    private bool _severalTopHeadings;

    private static readonly System.Text.RegularExpressions.Regex Permalink =
        new(@"(?:\s+[#¶§]+|[¶§]+)\s*$", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <param name="page">The 1-based page the block starts on, for paged formats (PDF).</param>
    public void Block(string text, int? page = null)
    {
        text = TextCleanup.Normalize(text);
        if (text.Length > 0 && text.Any(char.IsLetterOrDigit))
        {
            _blocks.Add(text);
            _pages.Add(page ?? 0);
            _paged |= page is not null;
        }
    }

    private void Flush()
    {
        if (_blocks.Count == 0)
        {
            return;
        }

        _sections.Add(new DocumentSection(_headings.Select(h => h.Text).ToArray(), _blocks) { Pages = _paged ? _pages : null });
        _blocks = [];
        _pages = [];
    }
}
