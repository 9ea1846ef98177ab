using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="Target"/>: members <c>kind, name</c>, in that order.</summary>
internal static class TargetFormat
{
    private const int KindMember = 0, NameMember = 1;

    private static readonly JsonMembers Members = new("a target", "kind!", "name");

    /// <summary>Reads a target; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static Target Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        TargetKind kind = default;
        string? name = null;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case KindMember:
                    kind = context.ReadEnum<TargetKind>(ref reader);
                    break;
                case NameMember:
                    name = context.ReadString(ref reader);
                    break;
            }
        }

        return new Target
        {
            Kind = kind,
            Name = name,
        };
    }

    /// <summary>Writes a target.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, Target value)
    {
        writer.WriteStartObject();
        JsonWrite.Enum(writer, Members, KindMember, value.Kind);
        JsonWrite.String(writer, Members, NameMember, value.Name);
        writer.WriteEndObject();
    }
}
