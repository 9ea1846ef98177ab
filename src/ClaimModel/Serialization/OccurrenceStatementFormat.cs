using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="OccurrenceStatement"/>: members <c>kind, time</c>, in that order.</summary>
internal static class OccurrenceStatementFormat
{
    private const int KindMember = 0, TimeMember = 1;

    private static readonly JsonMembers Members = new("an occurrence statement", "kind!", "time!");

    /// <summary>Reads an occurrence statement; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static OccurrenceStatement Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        TimeSpec? time = null;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case KindMember:
                    StatementFormat.CheckKind(ref reader, context, StatementKind.Occurrence);
                    break;
                case TimeMember:
                    time = TimeSpecFormat.Read(ref reader, context);
                    break;
            }
        }

        return new OccurrenceStatement
        {
            Time = time!,
        };
    }

    /// <summary>Writes an occurrence statement.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, OccurrenceStatement value)
    {
        writer.WriteStartObject();
        JsonWrite.Enum(writer, Members, KindMember, value.Kind);
        JsonWrite.Record(writer, Members, TimeMember, value.Time, TimeSpecFormat.Write);
        writer.WriteEndObject();
    }
}
