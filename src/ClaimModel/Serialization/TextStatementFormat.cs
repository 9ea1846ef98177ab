using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="TextStatement"/>: members <c>kind, text</c>, in that order.</summary>
internal static class TextStatementFormat
{
    private const int KindMember = 0, TextMember = 1;

    private static readonly JsonMembers Members = new("a text statement", "kind!", "text!");

    /// <summary>Reads a text statement; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static TextStatement Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        string? text = null;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case KindMember:
                    StatementFormat.CheckKind(ref reader, context, StatementKind.Text);
                    break;
                case TextMember:
                    text = context.ReadString(ref reader);
                    break;
            }
        }

        return new TextStatement
        {
            Text = text!,
        };
    }

    /// <summary>Writes a text statement.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, TextStatement value)
    {
        writer.WriteStartObject();
        JsonWrite.Enum(writer, Members, KindMember, value.Kind);
        JsonWrite.String(writer, Members, TextMember, value.Text);
        writer.WriteEndObject();
    }
}
