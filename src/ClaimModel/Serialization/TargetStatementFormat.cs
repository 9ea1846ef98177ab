using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="TargetStatement"/>: members <c>kind, targets</c>, in that order.</summary>
internal static class TargetStatementFormat
{
    private const int KindMember = 0, TargetsMember = 1;

    private static readonly JsonMembers Members = new("a target statement", "kind!", "targets!");

    /// <summary>Reads a target statement; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static TargetStatement Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        ValueList<Target> targets = default;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case KindMember:
                    StatementFormat.CheckKind(ref reader, context, StatementKind.Target);
                    break;
                case TargetsMember:
                    targets = context.ReadList(ref reader, TargetFormat.Read);
                    break;
            }
        }

        return new TargetStatement
        {
            Targets = targets,
        };
    }

    /// <summary>Writes a target statement.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, TargetStatement value)
    {
        writer.WriteStartObject();
        JsonWrite.Enum(writer, Members, KindMember, value.Kind);
        JsonWrite.List(writer, Members, TargetsMember, value.Targets, TargetFormat.Write);
        writer.WriteEndObject();
    }
}
