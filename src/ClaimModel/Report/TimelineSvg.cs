using System.Globalization;

namespace ClaimModel.Reporting;

/// <summary>Draws an incident's timeline as inline SVG: one row per resolved mark (the incident's own time first,
/// then each statement), a bar over its interval on a shared UTC axis whose ends are labelled; marks that cannot be
/// resolved are left to the list beside the chart.</summary>
internal static class TimelineSvg
{
    private const double Width = 760, RowHeight = 20, PlotLeft = 230, PlotWidth = 510, Top = 6;

    /// <summary>Writes the timeline of the resolved <paramref name="entries"/> (nothing when none is resolved).</summary>
    public static void Write(TextWriter writer, IReadOnlyList<TimelineEntry> entries)
    {
        var resolved = entries.Where(e => e.Time is not null).ToList();
        if (resolved.Count == 0)
        {
            return;
        }

        var from = resolved.Min(e => e.Time!.Start.UtcTicks);
        var to = resolved.Max(e => End(e.Time!).UtcTicks);
        if (to - from < TimeSpan.TicksPerHour)
        {
            (from, to) = (from - TimeSpan.TicksPerHour, to + TimeSpan.TicksPerHour);
        }

        double X(long ticks) => PlotLeft + ((double)(ticks - from) / (to - from) * PlotWidth);
        var height = Top + (resolved.Count * RowHeight) + 24;
        writer.Write(string.Concat(
            "<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ", SvgNumber.Of(Width), " ", SvgNumber.Of(height),
            "\" width=\"", SvgNumber.Of(Width), "\" height=\"", SvgNumber.Of(height), "\">"));
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"<title>Timeline: {ReportPhrases.Count(resolved.Count, "mark")}</title>\n"));
        for (var i = 0; i < resolved.Count; i++)
        {
            var entry = resolved[i];
            var y = Top + (i * RowHeight);
            var start = X(entry.Time!.Start.UtcTicks);
            var end = X(End(entry.Time).UtcTicks);
            var label = entry.Voice is null ? entry.Label : string.Concat(entry.Label, " (", entry.Voice, ")");
            writer.Write(string.Concat(
                "<g class=\"mark ", entry.Basis, "\"><title>", HtmlText.Escape(label), " ", entry.Basis, ": ", HtmlText.Escape(entry.Text), "</title><text x=\"4\" y=\"",
                SvgNumber.Of(y + 13), "\">", HtmlText.Escape(HtmlText.Shorten(label, 36)), "</text><rect x=\"", SvgNumber.Of(start), "\" y=\"", SvgNumber.Of(y + 4),
                "\" width=\"", SvgNumber.Of(Math.Max(end - start, 3)), "\" height=\"12\"/></g>\n"));
        }

        var axis = Top + (resolved.Count * RowHeight) + 4;
        writer.Write(string.Concat(
            "<line class=\"axis\" x1=\"", SvgNumber.Of(PlotLeft), "\" y1=\"", SvgNumber.Of(axis), "\" x2=\"", SvgNumber.Of(PlotLeft + PlotWidth), "\" y2=\"", SvgNumber.Of(axis), "\"/>",
            "<text class=\"tick\" x=\"", SvgNumber.Of(PlotLeft), "\" y=\"", SvgNumber.Of(axis + 14), "\">", Utc(from), "</text>",
            "<text class=\"tick end\" x=\"", SvgNumber.Of(PlotLeft + PlotWidth), "\" y=\"", SvgNumber.Of(axis + 14), "\">", Utc(to), "</text>\n"));
        writer.Write("</svg>\n");
    }

    /// <summary>The interval's end, an open end drawn one day long.</summary>
    private static DateTimeOffset End(Engine.ResolvedTime time) =>
        time.End == DateTimeOffset.MaxValue || time.End < time.Start
            ? (time.Start < DateTimeOffset.MaxValue.AddDays(-1) ? time.Start.AddDays(1) : time.Start)
            : time.End;

    private static string Utc(long ticks) =>
        new DateTime(Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
