using System.Globalization;
using ClaimModel.Disputes;

namespace ClaimModel.Reporting;

/// <summary>Draws an incident's figure ranges as inline SVG: one row per measure, each on its own scale from 0 to
/// its largest value; a bar from low to high (open to the right when no voice sets a high), a tick at the best value
/// and a dot per voice at its point (<c>circle.voice</c>, titled "voice: value"). The words of
/// <see cref="ReportPhrases.Range"/> label each row.</summary>
internal static class FigureChartSvg
{
    private const double Width = 760, RowHeight = 40, PlotLeft = 300, PlotWidth = 440;

    /// <summary>Writes the chart.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<(FigureRange Range, List<(string Voice, double Point)> Points)> figures)
    {
        var height = (figures.Count * RowHeight) + 8;
        writer.Write(string.Concat(
            "<svg class=\"figures\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ", SvgNumber.Of(Width), " ", SvgNumber.Of(height),
            "\" width=\"", SvgNumber.Of(Width), "\" height=\"", SvgNumber.Of(height), "\">"));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"<title>Figure ranges: {figures.Count} measures</title>\n"));
        for (var i = 0; i < figures.Count; i++)
        {
            Row(writer, figures[i].Range, figures[i].Points, 4 + (i * RowHeight));
        }

        writer.Write("</svg>\n");
    }

    private static void Row(TextWriter writer, FigureRange range, List<(string Voice, double Point)> points, double top)
    {
        var max = new[] { range.Low ?? 0, range.Best ?? 0, range.High ?? 0 }.Concat(points.Select(p => p.Point)).Max();
        max = max <= 0 || !double.IsFinite(max) ? 1 : max * 1.05;
        double X(double value) => PlotLeft + (Math.Clamp(value / max, 0, 1) * PlotWidth);
        var middle = top + 20;
        writer.Write(string.Concat("<g class=\"range\"><text class=\"measure\" x=\"4\" y=\"", SvgNumber.Of(top + 14), "\">", HtmlText.Escape(HtmlText.Shorten(range.Measure, 44)), "</text>"));
        writer.Write(string.Concat("<text class=\"words\" x=\"4\" y=\"", SvgNumber.Of(top + 30), "\">", HtmlText.Escape(HtmlText.Shorten(ReportPhrases.Range(range)[(range.Measure.Length + 2)..], 52)), "</text>"));
        writer.Write(string.Concat("<line class=\"axis\" x1=\"", SvgNumber.Of(PlotLeft), "\" y1=\"", SvgNumber.Of(middle), "\" x2=\"", SvgNumber.Of(PlotLeft + PlotWidth), "\" y2=\"", SvgNumber.Of(middle), "\"/>"));
        if (range.Low is { } low)
        {
            var (from, to) = (X(low), range.High is { } high ? X(high) : PlotLeft + PlotWidth);
            writer.Write(string.Concat(
                "<rect class=\"", range.High is null ? "bar open" : "bar", "\" x=\"", SvgNumber.Of(from), "\" y=\"", SvgNumber.Of(middle - 6), "\" width=\"",
                SvgNumber.Of(Math.Max(to - from, 2)), "\" height=\"12\"/>"));
        }

        if (range.Best is { } best)
        {
            writer.Write(string.Concat("<line class=\"best\" x1=\"", SvgNumber.Of(X(best)), "\" y1=\"", SvgNumber.Of(middle - 10), "\" x2=\"", SvgNumber.Of(X(best)), "\" y2=\"", SvgNumber.Of(middle + 10), "\"/>"));
        }

        foreach (var (voice, point) in points)
        {
            writer.Write(string.Concat(
                "<circle class=\"voice\" cx=\"", SvgNumber.Of(X(point)), "\" cy=\"", SvgNumber.Of(middle), "\" r=\"4\"><title>", HtmlText.Escape(voice), ": ",
                point.ToString("#,0.##", CultureInfo.InvariantCulture), " ", HtmlText.Escape(range.Unit), "</title></circle>"));
        }

        writer.Write("</g>\n");
    }
}
