using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="QuantityStatement"/>: members <c>kind, figure, subject, period</c>, in that order.</summary>
internal static class QuantityStatementFormat
{
    private const int KindMember = 0, FigureMember = 1, SubjectMember = 2, PeriodMember = 3;

    private static readonly JsonMembers Members = new("a quantity statement", "kind!", "figure!", "subject", "period");

    /// <summary>Reads a quantity statement; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static QuantityStatement Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        Figure? figure = null;
        string? subject = null;
        TimeSpec? period = null;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case KindMember:
                    StatementFormat.CheckKind(ref reader, context, StatementKind.Quantity);
                    break;
                case FigureMember:
                    figure = FigureFormat.Read(ref reader, context);
                    break;
                case SubjectMember:
                    subject = context.ReadString(ref reader);
                    break;
                case PeriodMember:
                    period = TimeSpecFormat.Read(ref reader, context);
                    break;
            }
        }

        return new QuantityStatement
        {
            Figure = figure!,
            Subject = subject,
            Period = period,
        };
    }

    /// <summary>Writes a quantity statement.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, QuantityStatement value)
    {
        writer.WriteStartObject();
        JsonWrite.Enum(writer, Members, KindMember, value.Kind);
        JsonWrite.Record(writer, Members, FigureMember, value.Figure, FigureFormat.Write);
        JsonWrite.String(writer, Members, SubjectMember, value.Subject);
        JsonWrite.Record(writer, Members, PeriodMember, value.Period, TimeSpecFormat.Write);
        writer.WriteEndObject();
    }
}
