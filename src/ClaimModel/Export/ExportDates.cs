using System.Globalization;

namespace ClaimModel.Export;

/// <summary>How a <see cref="TimeSpec"/> is written in an export: as precise as it is and no more. Exact and hour
/// precision give the start as a date-time with its offset (<c>2016-02-11T13:55:00+03:00</c>); day precision its
/// date (<c>2016-02-11</c>), month <c>2016-02</c>, year <c>2016</c>; week precision and a time without a start
/// give nothing (no single ISO 8601 value says "some day of that week").</summary>
internal static class ExportDates
{
    /// <summary>The ISO 8601 text, or <see langword="null"/> when the time has none.</summary>
    public static string? Iso(TimeSpec? time) => Of(time)?.Text;

    /// <summary>The ISO 8601 text and its XML Schema datatype (<c>xsd:dateTime</c>, <c>xsd:date</c>,
    /// <c>xsd:gYearMonth</c>, <c>xsd:gYear</c>), or <see langword="null"/>.</summary>
    public static (string Text, string Datatype)? Of(TimeSpec? time)
    {
        if (time?.Start is not { } start)
        {
            return null;
        }

        return time.Precision switch
        {
            TimePrecision.Exact or TimePrecision.Hour => (start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), "xsd:dateTime"),
            TimePrecision.Day => (start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "xsd:date"),
            TimePrecision.Week => null,
            TimePrecision.Month => (start.ToString("yyyy-MM", CultureInfo.InvariantCulture), "xsd:gYearMonth"),
            TimePrecision.Year => (start.ToString("yyyy", CultureInfo.InvariantCulture), "xsd:gYear"),
            _ => throw new System.Diagnostics.UnreachableException("Unknown time precision " + time.Precision + "."),
        };
    }
}
