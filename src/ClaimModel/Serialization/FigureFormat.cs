using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="Figure"/>: members <c>measure, unit, qualifier, value, upperValue, vague, per, text</c>, in that order.</summary>
internal static class FigureFormat
{
    private const int MeasureMember = 0, UnitMember = 1, QualifierMember = 2, ValueMember = 3, UpperValueMember = 4, VagueMember = 5, PerMember = 6, TextMember = 7;

    private static readonly JsonMembers Members = new("a figure", "measure!", "unit!", "qualifier!", "value", "upperValue", "vague", "per", "text!");

    /// <summary>Reads a figure; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static Figure Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        string? measure = null;
        string? unit = null;
        FigureQualifier qualifier = default;
        decimal? value = null;
        decimal? upperValue = null;
        VagueQuantity? vague = null;
        string? per = null;
        string? text = null;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case MeasureMember:
                    measure = context.ReadString(ref reader);
                    break;
                case UnitMember:
                    unit = context.ReadString(ref reader);
                    break;
                case QualifierMember:
                    qualifier = context.ReadEnum<FigureQualifier>(ref reader);
                    break;
                case ValueMember:
                    value = context.ReadDecimal(ref reader);
                    break;
                case UpperValueMember:
                    upperValue = context.ReadDecimal(ref reader);
                    break;
                case VagueMember:
                    vague = context.ReadEnum<VagueQuantity>(ref reader);
                    break;
                case PerMember:
                    per = context.ReadString(ref reader);
                    break;
                case TextMember:
                    text = context.ReadString(ref reader);
                    break;
            }
        }

        return new Figure
        {
            Measure = measure!,
            Unit = unit!,
            Qualifier = qualifier,
            Value = value,
            UpperValue = upperValue,
            Vague = vague,
            Per = per,
            Text = text!,
        };
    }

    /// <summary>Writes a figure.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, Figure value)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, Members, MeasureMember, value.Measure);
        JsonWrite.String(writer, Members, UnitMember, value.Unit);
        JsonWrite.Enum(writer, Members, QualifierMember, value.Qualifier);
        JsonWrite.Decimal(writer, Members, ValueMember, value.Value);
        JsonWrite.Decimal(writer, Members, UpperValueMember, value.UpperValue);
        JsonWrite.Enum(writer, Members, VagueMember, value.Vague);
        JsonWrite.String(writer, Members, PerMember, value.Per);
        JsonWrite.String(writer, Members, TextMember, value.Text);
        writer.WriteEndObject();
    }
}
