using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The polymorphic <see cref="Statement"/>: an object whose <c>kind</c> discriminator is written
/// first and accepted in any position on read (found by scanning a copy of the reader), then read and written
/// by the derived record's format in <see cref="WireFormat"/>.</summary>
internal sealed class StatementFormat : ValueFormat<Statement>
{
    /// <summary>The one instance.</summary>
    public static readonly StatementFormat Instance = new();

    private StatementFormat()
    {
    }

    /// <inheritdoc/>
    public override Statement Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw context.WrongToken(ref reader, "a statement (a JSON object with a 'kind')");
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
            StatementKind.Responsibility => WireFormat.ResponsibilityStatement.Read(ref reader, context),
            StatementKind.Presence => WireFormat.PresenceStatement.Read(ref reader, context),
            StatementKind.Quantity => WireFormat.QuantityStatement.Read(ref reader, context),
            StatementKind.Target => WireFormat.TargetStatement.Read(ref reader, context),
            StatementKind.Occurrence => WireFormat.OccurrenceStatement.Read(ref reader, context),
            _ => WireFormat.TextStatement.Read(ref reader, context),
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Statement value)
    {
        switch (value)
        {
            case ResponsibilityStatement responsibility:
                WireFormat.ResponsibilityStatement.Write(writer, responsibility);
                break;
            case PresenceStatement presence:
                WireFormat.PresenceStatement.Write(writer, presence);
                break;
            case QuantityStatement quantity:
                WireFormat.QuantityStatement.Write(writer, quantity);
                break;
            case TargetStatement target:
                WireFormat.TargetStatement.Write(writer, target);
                break;
            case OccurrenceStatement occurrence:
                WireFormat.OccurrenceStatement.Write(writer, occurrence);
                break;
            case TextStatement text:
                WireFormat.TextStatement.Write(writer, text);
                break;
            default:
                throw ClaimJsonException.Write($"Cannot write a statement of type {value.GetType().Name}: it has no wire form.", string.Empty);
        }
    }

    /// <summary>The <c>kind</c> member of the derived statement of <paramref name="kind"/>: checked on read
    /// (a derived statement read directly must name its own kind), written first.</summary>
    /// <typeparam name="T">The derived statement type.</typeparam>
    /// <param name="format">The derived statement's format, being built.</param>
    /// <param name="kind">Its kind.</param>
    public static RecordFormat<T> Kind<T>(RecordFormat<T> format, StatementKind kind)
        where T : Statement
    {
        EnumText<StatementKind>.TryGetEncoded(kind, out var text);
        return format.Fixed(
            "kind!",
            (ref Utf8JsonReader reader, JsonReadContext context) =>
            {
                if (context.ReadEnum<StatementKind>(ref reader) != kind)
                {
                    throw context.Fail(ref reader, $"Expected a statement of kind '{EnumText<StatementKind>.Name(kind)}' here.");
                }
            },
            (writer, name) => writer.WriteString(name, text));
    }
}
