namespace RoleBot.Knowledge.Documents.Formats.Pdf;

/// <summary>
/// Finds tables among a page's segments: two or more consecutive baselines that each hold two or more short segments
/// side by side (cells, not the lines of a two-column article), and rebuilds their rows. A cell wrapped onto a second
/// line joins the row above it.
/// </summary>
internal static class PdfTables
{
    /// <summary>Most words a cell line has on average; the lines of article columns run longer.</summary>
    private const double MaxWordsPerCell = 6;

    /// <summary>Largest distance between two rows of one table, in line heights.</summary>
    private const double MaxRowGap = 3;

    internal sealed record Row(string Text, double FontSize, double Top, double Bottom);

    internal sealed class Table(IReadOnlyList<Row> rows)
    {
        public IReadOnlyList<Row> Rows { get; } = rows;
    }

    /// <summary>Every segment that is part of a table, mapped to its table.</summary>
    public static Dictionary<PdfSegment, Table> Find(IReadOnlyList<PdfSegment> segments)
    {
        var result = new Dictionary<PdfSegment, Table>();
        var rows = Baselines(segments).Where(IsRow).ToList();
        var start = 0;
        while (start < rows.Count)
        {
            var end = start + 1;
            while (end < rows.Count && rows[end - 1].Min(s => s.Bottom) - rows[end].Max(s => s.Top) <= MaxRowGap * rows[end].Max(s => s.Height))
            {
                end++;
            }

            var run = rows[start..end];
            if (run.Count >= 2 && run.SelectMany(r => r).Average(s => s.Words.Count) <= MaxWordsPerCell && !IsProse(run))
            {
                var (table, members) = Build(run, segments);
                foreach (var member in members)
                {
                    result[member] = table;
                }
            }

            start = end;
        }

        return result;
    }

    /// <summary>Segments grouped by baseline, top of the page first, each group ordered left to right.</summary>
    private static List<List<PdfSegment>> Baselines(IReadOnlyList<PdfSegment> segments)
    {
        var groups = new List<List<PdfSegment>>();
        foreach (var segment in segments.OrderByDescending(s => s.Bottom))
        {
            var group = groups.FirstOrDefault(g => g[0].SameBaseline(segment));
            if (group is null)
            {
                groups.Add([segment]);
            }
            else
            {
                group.Add(segment);
            }
        }

        return groups.Select(g => g.OrderBy(s => s.Left).ToList()).ToList();
    }

    /// <summary>
    /// Columns of an article, not a table: down each column, most lines run on into the next (no closing punctuation,
    /// next line in lower case), where table cells stand alone.
    /// </summary>
    private static bool IsProse(List<List<PdfSegment>> rows)
    {
        var pairs = 0;
        var runOn = 0;
        for (var i = 1; i < rows.Count; i++)
        {
            foreach (var below in rows[i])
            {
                var above = rows[i - 1].FirstOrDefault(s => Math.Abs(s.Left - below.Left) <= 2);
                if (above is null)
                {
                    continue;
                }

                pairs++;
                if (!".!?:;".Contains(above.Text[^1], StringComparison.Ordinal) && char.IsLower(below.Text[0]))
                {
                    runOn++;
                }
            }
        }

        return pairs > 0 && runOn * 2 >= pairs;
    }

    private static bool IsRow(List<PdfSegment> baseline) =>
        baseline.Count >= 2 && baseline.Zip(baseline.Skip(1)).All(p => p.First.Right < p.Second.Left);

    private static (Table Table, List<PdfSegment> Members) Build(List<List<PdfSegment>> rows, IReadOnlyList<PdfSegment> all)
    {
        var members = rows.SelectMany(r => r).ToList();
        var left = members.Min(s => s.Left);
        var right = members.Max(s => s.Right);
        var top = rows[0].Max(s => s.Top);
        var bottom = rows[^1].Min(s => s.Bottom) - (1.5 * rows[^1].Max(s => s.Height));
        var cells = rows.Select(r => r.Select(s => new List<string> { s.Text }).ToList()).ToList();
        var lefts = rows.Select(r => r.Select(s => s.Left).ToList()).ToList();

        // A lone line inside the table's box is a cell's second line: it joins the nearest cell above it.
        foreach (var stray in all.Except(members).Where(s => s.Left >= left - 1 && s.Right <= right + 1 && s.Top <= top && s.Bottom >= bottom).OrderByDescending(s => s.Bottom))
        {
            var row = rows.FindLastIndex(r => r[0].Bottom > stray.Bottom);
            if (row < 0)
            {
                continue;
            }

            var column = lefts[row].FindLastIndex(x => x <= stray.Left + 1);
            cells[row][Math.Max(column, 0)].Add(stray.Text);
            members.Add(stray);
        }

        var result = rows.Select((r, i) => new Row(
            string.Join(" | ", cells[i].Select(c => string.Join(' ', c))),
            r.Max(s => s.FontSize),
            r.Max(s => s.Top),
            r.Min(s => s.Bottom))).ToList();
        return (new Table(result), members);
    }
}
