using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="RelativeDay"/>: members <c>offset, weekday</c>, in that order.</summary>
internal static class RelativeDayFormat
{
    private const int OffsetMember = 0, WeekdayMember = 1;

    private static readonly JsonMembers Members = new("a relative day", "offset", "weekday");

    /// <summary>Reads a relative day; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static RelativeDay Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        int? offset = null;
        DayOfWeek? weekday = null;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case OffsetMember:
                    offset = context.ReadInt32(ref reader);
                    break;
                case WeekdayMember:
                    weekday = context.ReadEnum<DayOfWeek>(ref reader);
                    break;
            }
        }

        return new RelativeDay
        {
            Offset = offset,
            Weekday = weekday,
        };
    }

    /// <summary>Writes a relative day.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, RelativeDay value)
    {
        writer.WriteStartObject();
        JsonWrite.Int32(writer, Members, OffsetMember, value.Offset);
        JsonWrite.Enum(writer, Members, WeekdayMember, value.Weekday);
        writer.WriteEndObject();
    }
}
