using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="Report"/>: members <c>source, via, quote</c>, in that order.</summary>
internal static class ReportFormat
{
    private const int SourceMember = 0, ViaMember = 1, QuoteMember = 2;

    private static readonly JsonMembers Members = new("a report", "source!", "via", "quote!");

    /// <summary>Reads a report; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static Report Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        string? source = null;
        ValueList<string> via = default;
        Quote? quote = null;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case SourceMember:
                    source = context.ReadString(ref reader);
                    break;
                case ViaMember:
                    via = context.ReadList(ref reader, JsonReadContext.StringValue);
                    break;
                case QuoteMember:
                    quote = QuoteFormat.Read(ref reader, context);
                    break;
            }
        }

        return new Report
        {
            Source = source!,
            Via = via,
            Quote = quote!,
        };
    }

    /// <summary>Writes a report.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, Report value)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, Members, SourceMember, value.Source);
        JsonWrite.List(writer, Members, ViaMember, value.Via, JsonWrite.StringValue);
        JsonWrite.Record(writer, Members, QuoteMember, value.Quote, QuoteFormat.Write);
        writer.WriteEndObject();
    }
}
