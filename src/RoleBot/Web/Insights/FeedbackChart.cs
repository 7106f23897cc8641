using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace RoleBot.Web.Insights;

/// <summary>
/// Helpful / not helpful votes per day as an inline SVG bar chart, drawn on the server (no script, no CDN). It scales
/// to the page width (viewBox); role="img" with a title and a description that states the totals, and the same numbers
/// as a table for screen readers and copy-paste.
/// </summary>
internal static class FeedbackChart
{
    private const int Width = 720, Height = 240, Left = 36, Right = 8, Top = 12, Bottom = 28;

    public static string Svg(IReadOnlyList<DayVotes> days)
    {
        var helpful = days.Sum(d => d.Helpful);
        var notHelpful = days.Sum(d => d.NotHelpful);
        var max = Math.Max(1, days.Select(d => Math.Max(d.Helpful, d.NotHelpful)).DefaultIfEmpty(0).Max());
        var ceiling = NiceCeiling(max);
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var slot = days.Count == 0 ? plotWidth : (double)plotWidth / days.Count;
        var bar = Math.Max(1, (slot - 2) / 2);
        var html = HtmlEncoder.Default;
        var description = days.Count == 0
            ? "No votes yet."
            : $"From {days[0].Day:MMM d} to {days[^1].Day:MMM d}: {helpful} helpful and {notHelpful} not helpful votes."
              + (days.MaxBy(d => d.Helpful + d.NotHelpful) is { } busiest && busiest.Helpful + busiest.NotHelpful > 0
                  ? $" Busiest day: {busiest.Day:MMM d} ({busiest.Helpful} helpful, {busiest.NotHelpful} not helpful)."
                  : "");
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"votes-chart-title votes-chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">")
            .Append("<title id=\"votes-chart-title\">Helpful and not helpful votes per day</title>")
            .Append("<desc id=\"votes-chart-desc\">").Append(html.Encode(description)).Append("</desc>");

        // Horizontal grid lines with their values: 0, half and the top.
        foreach (var value in new[] { 0, ceiling / 2, ceiling }.Distinct())
        {
            var y = Top + plotHeight - (plotHeight * value / (double)ceiling);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>")
               .Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{value}</text>");
        }

        for (var i = 0; i < days.Count; i++)
        {
            var x = Left + (i * slot) + 1;
            Bar(svg, x, days[i].Helpful, "helpful", days[i].Day);
            Bar(svg, x + bar, days[i].NotHelpful, "not-helpful", days[i].Day);
            if ((days.Count - 1 - i) % 7 == 0)                  // weekly ticks counted back from today, so today is labelled
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{x + bar:0.#}\" y=\"{Height - 8}\" text-anchor=\"middle\">{days[i].Day:MMM d}</text>");
            }
        }

        return svg.Append("</svg>").ToString();

        void Bar(StringBuilder into, double x, int count, string kind, DateOnly day)
        {
            if (count == 0)
            {
                return;
            }

            var h = plotHeight * count / (double)ceiling;
            into.Append(CultureInfo.InvariantCulture, $"<rect class=\"{kind}\" x=\"{x:0.##}\" y=\"{Top + plotHeight - h:0.##}\" width=\"{bar:0.##}\" height=\"{h:0.##}\">")
                .Append(CultureInfo.InvariantCulture, $"<title>{day:MMM d}: {count} {kind.Replace('-', ' ')}</title></rect>");
        }
    }

    /// <summary>The axis top: the smallest of 2, 4, 10, 20, 40, 100, ... at or above the largest bar (even, so half is a whole number).</summary>
    internal static int NiceCeiling(int max)
    {
        foreach (var magnitude in new[] { 1, 10, 100, 1_000, 10_000, 100_000 })
        {
            foreach (var step in new[] { 2, 4, 10 })
            {
                if (step * magnitude >= max)
                {
                    return step * magnitude;
                }
            }
        }

        return max + (max % 2);
    }
}
