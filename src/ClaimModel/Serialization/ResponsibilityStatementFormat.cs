using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="ResponsibilityStatement"/>: members <c>kind, actor, targets</c>, in that order.</summary>
internal static class ResponsibilityStatementFormat
{
    private const int KindMember = 0, ActorMember = 1, TargetsMember = 2;

    private static readonly JsonMembers Members = new("a responsibility statement", "kind!", "actor!", "targets");

    /// <summary>Reads a responsibility statement; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static ResponsibilityStatement Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        string? actor = null;
        ValueList<Target> targets = default;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case KindMember:
                    StatementFormat.CheckKind(ref reader, context, StatementKind.Responsibility);
                    break;
                case ActorMember:
                    actor = context.ReadString(ref reader);
                    break;
                case TargetsMember:
                    targets = context.ReadList(ref reader, TargetFormat.Read);
                    break;
            }
        }

        return new ResponsibilityStatement
        {
            Actor = actor!,
            Targets = targets,
        };
    }

    /// <summary>Writes a responsibility statement.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, ResponsibilityStatement value)
    {
        writer.WriteStartObject();
        JsonWrite.Enum(writer, Members, KindMember, value.Kind);
        JsonWrite.String(writer, Members, ActorMember, value.Actor);
        JsonWrite.List(writer, Members, TargetsMember, value.Targets, TargetFormat.Write);
        writer.WriteEndObject();
    }
}
