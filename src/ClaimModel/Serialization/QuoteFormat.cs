using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="Quote"/>: members <c>exact, prefix, suffix, start, end</c>, in that order.</summary>
internal static class QuoteFormat
{
    private const int ExactMember = 0, PrefixMember = 1, SuffixMember = 2, StartMember = 3, EndMember = 4;

    private static readonly JsonMembers Members = new("a quote", "exact!", "prefix", "suffix", "start", "end");

    /// <summary>Reads a quote; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static Quote Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        string? exact = null;
        string? prefix = null;
        string? suffix = null;
        int? start = null;
        int? end = null;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case ExactMember:
                    exact = context.ReadString(ref reader);
                    break;
                case PrefixMember:
                    prefix = context.ReadString(ref reader);
                    break;
                case SuffixMember:
                    suffix = context.ReadString(ref reader);
                    break;
                case StartMember:
                    start = context.ReadInt32(ref reader);
                    break;
                case EndMember:
                    end = context.ReadInt32(ref reader);
                    break;
            }
        }

        return new Quote
        {
            Exact = exact!,
            Prefix = prefix,
            Suffix = suffix,
            Start = start,
            End = end,
        };
    }

    /// <summary>Writes a quote.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, Quote value)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, Members, ExactMember, value.Exact);
        JsonWrite.String(writer, Members, PrefixMember, value.Prefix);
        JsonWrite.String(writer, Members, SuffixMember, value.Suffix);
        JsonWrite.Int32(writer, Members, StartMember, value.Start);
        JsonWrite.Int32(writer, Members, EndMember, value.End);
        writer.WriteEndObject();
    }
}
