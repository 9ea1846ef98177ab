using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="TimeSpec"/>: members <c>text, start, end, relative, partOfDay, precision, timeZone</c>, in that order.</summary>
internal static class TimeSpecFormat
{
    private const int TextMember = 0, StartMember = 1, EndMember = 2, RelativeMember = 3, PartOfDayMember = 4, PrecisionMember = 5, TimeZoneMember = 6;

    private static readonly JsonMembers Members = new("a time", "text", "start", "end", "relative", "partOfDay", "precision!", "timeZone");

    /// <summary>Reads a time; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static TimeSpec Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        string? text = null;
        DateTimeOffset? start = null;
        DateTimeOffset? end = null;
        RelativeDay? relative = null;
        DayPart? partOfDay = null;
        TimePrecision precision = default;
        string? timeZone = null;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case TextMember:
                    text = context.ReadString(ref reader);
                    break;
                case StartMember:
                    start = context.ReadDateTimeOffset(ref reader);
                    break;
                case EndMember:
                    end = context.ReadDateTimeOffset(ref reader);
                    break;
                case RelativeMember:
                    relative = RelativeDayFormat.Read(ref reader, context);
                    break;
                case PartOfDayMember:
                    partOfDay = context.ReadEnum<DayPart>(ref reader);
                    break;
                case PrecisionMember:
                    precision = context.ReadEnum<TimePrecision>(ref reader);
                    break;
                case TimeZoneMember:
                    timeZone = context.ReadString(ref reader);
                    break;
            }
        }

        return new TimeSpec
        {
            Text = text,
            Start = start,
            End = end,
            Relative = relative,
            PartOfDay = partOfDay,
            Precision = precision,
            TimeZone = timeZone,
        };
    }

    /// <summary>Writes a time.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, TimeSpec value)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, Members, TextMember, value.Text);
        JsonWrite.DateTimeOffset(writer, Members, StartMember, value.Start);
        JsonWrite.DateTimeOffset(writer, Members, EndMember, value.End);
        JsonWrite.Record(writer, Members, RelativeMember, value.Relative, RelativeDayFormat.Write);
        JsonWrite.Enum(writer, Members, PartOfDayMember, value.PartOfDay);
        JsonWrite.Enum(writer, Members, PrecisionMember, value.Precision);
        JsonWrite.String(writer, Members, TimeZoneMember, value.TimeZone);
        writer.WriteEndObject();
    }
}
