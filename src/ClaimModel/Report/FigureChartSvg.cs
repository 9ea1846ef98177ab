using System.Globalization;
using ClaimModel.Disputes;

namespace ClaimModel.Reporting;

/// <summary>Draws an incident's figure ranges as inline SVG: one row per measure, each on its own scale around its
/// values (its ends labelled); a bar from low to high (open to the right when no voice sets a high), a tick at the best value
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
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"<title>Figure ranges: {ReportPhrases.Count(figures.Count, "measure")}</title>\n"));
        for (var i = 0; i < figures.Count; i++)
        {
            Row(writer, figures[i].Range, figures[i].Points, 4 + (i * RowHeight));
        }

        writer.Write("</svg>\n");
    }

    private static void Row(TextWriter writer, FigureRange range, List<(string Voice, double Point)> points, double top)
    {
        var values = new[] { range.Low, range.Best, range.High }.OfType<double>().Concat(points.Select(p => p.Point)).Where(double.IsFinite).ToList();
        var (lowest, highest) = values.Count == 0 ? (0, 1) : (values.Min(), values.Max());
        var pad = Math.Max(Math.Max((highest - lowest) * 0.15, Math.Abs(highest) * 0.05), 1e-9);
        var (from, to) = (lowest >= 0 ? Math.Max(0, lowest - pad) : lowest - pad, highest + pad);
        double X(double value) => PlotLeft + (Math.Clamp((value - from) / (to - from), 0, 1) * PlotWidth);
        var middle = top + 20;
        writer.Write(string.Concat("<g class=\"range\"><text class=\"measure\" x=\"4\" y=\"", SvgNumber.Of(top + 14), "\">", HtmlText.Escape(HtmlText.Shorten(range.Measure, 44)), "</text>"));
        writer.Write(string.Concat("<text class=\"words\" x=\"4\" y=\"", SvgNumber.Of(top + 30), "\">", HtmlText.Escape(HtmlText.Shorten(Words(range), 52)), "</text>"));
        writer.Write(string.Concat(
            "<text class=\"tick\" x=\"", SvgNumber.Of(PlotLeft), "\" y=\"", SvgNumber.Of(top + 10), "\">", Number(from), "</text><text class=\"tick end\" x=\"",
            SvgNumber.Of(PlotLeft + PlotWidth), "\" y=\"", SvgNumber.Of(top + 10), "\">", Number(to), "</text>"));
        writer.Write(string.Concat("<line class=\"axis\" x1=\"", SvgNumber.Of(PlotLeft), "\" y1=\"", SvgNumber.Of(middle), "\" x2=\"", SvgNumber.Of(PlotLeft + PlotWidth), "\" y2=\"", SvgNumber.Of(middle), "\"/>"));
        if (range.Low is { } low)
        {
            var (left, right) = (X(low), range.High is { } high ? X(high) : PlotLeft + PlotWidth);
            writer.Write(string.Concat(
                "<rect class=\"", range.High is null ? "bar open" : "bar", "\" x=\"", SvgNumber.Of(left), "\" y=\"", SvgNumber.Of(middle - 6), "\" width=\"",
                SvgNumber.Of(Math.Max(right - left, 2)), "\" height=\"12\"/>"));
        }

        if (range.Best is { } best)
        {
            writer.Write(string.Concat("<line class=\"best\" x1=\"", SvgNumber.Of(X(best)), "\" y1=\"", SvgNumber.Of(middle - 10), "\" x2=\"", SvgNumber.Of(X(best)), "\" y2=\"", SvgNumber.Of(middle + 10), "\"/>"));
        }

        foreach (var (voice, point) in points)
        {
            writer.Write(string.Concat(
                "<circle class=\"voice\" cx=\"", SvgNumber.Of(X(point)), "\" cy=\"", SvgNumber.Of(middle), "\" r=\"4\"><title>", HtmlText.Escape(voice), ": ",
                Number(point), " ", HtmlText.Escape(range.Unit), "</title></circle>"));
        }

        writer.Write("</g>\n");
    }

    /// <summary>"1,805–1,900 facilities, best 1,870.25 (russia, russia-mod)": <see cref="ReportPhrases.Range"/> after the measure.</summary>
    private static string Words(FigureRange range)
    {
        var phrase = ReportPhrases.Range(range);
        return phrase[(phrase.IndexOf(": ", range.Measure.Length, StringComparison.Ordinal) + 2)..];
    }

    private static string Number(double value) => value.ToString(Math.Abs(value) >= 100 ? "#,0" : "#,0.##", CultureInfo.InvariantCulture);
}
