using ClaimModel.Engine;

namespace ClaimModel.Disputes;

/// <summary>The figure ranges of a report, per incident and measure (policy on <see cref="FigureRange"/>).</summary>
internal static class FigureRanges
{
    /// <summary>Group keys in ordinal order, whatever the current culture (the tuple's default comparer compares its
    /// strings by the culture, and could also take two different strings for one).</summary>
    private static readonly Comparer<(string Incident, string Measure, string Unit)> OrdinalKeys = Comparer<(string Incident, string Measure, string Unit)>.Create(static (a, b) =>
    {
        var order = string.CompareOrdinal(a.Incident, b.Incident);
        if (order == 0)
        {
            order = string.CompareOrdinal(a.Measure, b.Measure);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Unit, b.Unit);
    });

    /// <summary>The ranges of the report's compared figures, by incident (none first), measure and unit.</summary>
    public static List<FigureRange> Of(ContradictionReport report) => WithPoints(report).ConvertAll(r => r.Range);

    /// <summary>The ranges of <see cref="Of"/>, each with every voice's point (the value <see cref="FigureRange.Best"/>
    /// takes the median of), by voice: what a chart marks.</summary>
    public static List<(FigureRange Range, List<(string Voice, double Point)> Points)> WithPoints(ContradictionReport report)
    {
        var groups = new SortedDictionary<(string Incident, string Measure, string Unit), List<ClaimEntry>>(OrdinalKeys);
        // The figures of one incident and measure mostly come together: the group of the last key is reused for the
        // same key (ordinally equal, so the sorted lookup would find that group too).
        (string Incident, string Measure, string Unit) lastKey = default;
        List<ClaimEntry>? last = null;
        foreach (var entry in report.Figures.Span)
        {
            var key = (entry.Incident ?? string.Empty, entry.Figure!.Measure, UnitTable.BaseUnitOf(entry.Dimension!));
            if (last is null || OrdinalKeys.Compare(key, lastKey) != 0)
            {
                if (!groups.TryGetValue(key, out last))
                {
                    groups.Add(key, last = []);
                }

                lastKey = key;
            }

            last.Add(entry);
        }

        var ranges = new List<(FigureRange, List<(string, double)>)>(groups.Count);
        foreach (var ((incident, measure, unit), entries) in groups)
        {
            var points = new List<(string, double)>();
            ranges.Add((Range(incident.Length == 0 ? null : incident, measure, unit, entries, points), points));
        }

        return ranges;
    }

    private static FigureRange Range(string? incident, string measure, string unit, List<ClaimEntry> entries, List<(string, double)> voicePointsOut)
    {
        var cumulative = entries.TrueForAll(e => e.Figure!.Cumulative);
        var byVoice = new SortedDictionary<string, List<ClaimEntry>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (!byVoice.TryGetValue(entry.Claimant.Voice, out var list))
            {
                byVoice.Add(entry.Claimant.Voice, list = []);
            }

            list.Add(entry);
        }

        double? low = null, high = null;
        var lowVoices = new DistinctStrings();
        var highVoices = new DistinctStrings();
        var points = new List<double>();
        var claims = new DistinctStrings();
        foreach (var (voice, all) in byVoice)
        {
            var used = cumulative ? [Latest(all)] : all;
            var voicePoints = new List<double>();
            foreach (var entry in used)
            {
                claims.Add(entry.Reference);
                var interval = entry.Normalized;
                Bound(ref low, interval.Lower, voice, ref lowVoices, lower: true);
                Bound(ref high, interval.Upper, voice, ref highVoices, lower: false);
                if (Point(interval) is { } point)
                {
                    voicePoints.Add(point);
                }
            }

            if (voicePoints.Count > 0)
            {
                var median = Median(voicePoints);
                points.Add(median);
                voicePointsOut.Add((voice, median));
            }
        }

        return new FigureRange
        {
            Incident = incident,
            Measure = measure,
            Unit = unit,
            Cumulative = cumulative,
            Low = low,
            Best = points.Count == 0 ? null : Median(points),
            High = high,
            LowVoices = lowVoices.Sorted(),
            HighVoices = highVoices.Sorted(),
            Voices = ValueList.From(byVoice.Keys),
            Claims = claims.Sorted(),
        };
    }

    /// <summary>A voice's latest count of a running total: the latest as-of time, then the largest id.</summary>
    private static ClaimEntry Latest(List<ClaimEntry> entries) =>
        entries.OrderBy(e => e.AsOf?.End ?? DateTimeOffset.MinValue).ThenBy(e => e.Reference, StringComparer.Ordinal).Last();

    private static void Bound(ref double? bound, double value, string voice, ref DistinctStrings voices, bool lower)
    {
        if (double.IsInfinity(value))
        {
            return;
        }

        if (bound is null || (lower ? value < bound : value > bound))
        {
            bound = value;
            voices.Clear();
        }

        if (value == bound)
        {
            voices.Add(voice);
        }
    }

    private static double? Point(NumericInterval interval) =>
        (double.IsFinite(interval.Lower), double.IsFinite(interval.Upper)) switch
        {
            (true, true) => (interval.Lower + interval.Upper) / 2,
            (true, false) => interval.Lower,
            (false, true) => interval.Upper,
            _ => null,
        };

    private static double Median(List<double> values)
    {
        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
