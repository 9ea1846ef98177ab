using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of the polymorphic <see cref="Statement"/>: an object whose <c>kind</c>
/// discriminator is written first and accepted in any position on read (found by scanning a copy of the
/// reader), then dispatched to the derived record's format.</summary>
internal static class StatementFormat
{
    /// <summary>Reads a statement; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static Statement Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw context.Fail(ref reader, $"Expected a statement (a JSON object with a 'kind': one of {EnumText<StatementKind>.AllNames}), found {reader.TokenType}.");
        }

        if (!context.FindMember(ref reader, "kind"u8, out var kindReader))
        {
            throw context.Fail(ref reader, $"A statement needs a 'kind' member; add one of: {EnumText<StatementKind>.AllNames}.");
        }

        context.PushMember("kind");
        var kind = context.ReadEnum<StatementKind>(ref kindReader);
        context.PopMember();
        return kind switch
        {
            StatementKind.Responsibility => ResponsibilityStatementFormat.Read(ref reader, context),
            StatementKind.Presence => PresenceStatementFormat.Read(ref reader, context),
            StatementKind.Quantity => QuantityStatementFormat.Read(ref reader, context),
            StatementKind.Target => TargetStatementFormat.Read(ref reader, context),
            StatementKind.Occurrence => OccurrenceStatementFormat.Read(ref reader, context),
            _ => TextStatementFormat.Read(ref reader, context),
        };
    }

    /// <summary>Checks the <c>kind</c> member of a derived statement read directly (not through
    /// <see cref="Read"/>): it must name that derived kind.</summary>
    /// <param name="reader">The reader, on the <c>kind</c> value.</param>
    /// <param name="context">The read context.</param>
    /// <param name="expected">The derived record's kind.</param>
    public static void CheckKind(ref Utf8JsonReader reader, JsonReadContext context, StatementKind expected)
    {
        if (context.ReadEnum<StatementKind>(ref reader) != expected)
        {
            throw context.Fail(ref reader, $"Expected a statement of kind '{EnumText<StatementKind>.Name(expected)}' here.");
        }
    }

    /// <summary>Writes a statement of any kind.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, Statement value)
    {
        switch (value)
        {
            case ResponsibilityStatement responsibility:
                ResponsibilityStatementFormat.Write(writer, responsibility);
                break;
            case PresenceStatement presence:
                PresenceStatementFormat.Write(writer, presence);
                break;
            case QuantityStatement quantity:
                QuantityStatementFormat.Write(writer, quantity);
                break;
            case TargetStatement target:
                TargetStatementFormat.Write(writer, target);
                break;
            case OccurrenceStatement occurrence:
                OccurrenceStatementFormat.Write(writer, occurrence);
                break;
            case TextStatement text:
                TextStatementFormat.Write(writer, text);
                break;
            default:
                throw ClaimJsonException.Write($"Cannot write a statement of type {value.GetType().Name}: it has no wire form.", string.Empty);
        }
    }
}
