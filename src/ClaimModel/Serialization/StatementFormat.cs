using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The polymorphic <see cref="Statement"/>: an object whose <c>kind</c> discriminator is written
/// first and accepted in any position on read (found by scanning a copy of the reader), then read and written
/// by the derived record's format in <see cref="WireFormat"/>.</summary>
internal sealed class StatementFormat : ValueFormat<Statement>
{
    /// <summary>The one instance.</summary>
    public static readonly StatementFormat Instance = new();

    /// <summary>The derived formats by <see cref="StatementKind"/> value (built on first use, after
    /// <see cref="WireFormat"/>, whose tables refer to this instance).</summary>
    private static ValueFormat<Statement>[]? _derived;

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
        return Derived(kind).Read(ref reader, context);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Statement value) => Derived(value.Kind).Write(writer, value);

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

    private static ValueFormat<Statement> Derived(StatementKind kind)
    {
        _derived ??=
        [
            new DerivedFormat<ResponsibilityStatement>(WireFormat.ResponsibilityStatement),
            new DerivedFormat<PresenceStatement>(WireFormat.PresenceStatement),
            new DerivedFormat<QuantityStatement>(WireFormat.QuantityStatement),
            new DerivedFormat<TargetStatement>(WireFormat.TargetStatement),
            new DerivedFormat<OccurrenceStatement>(WireFormat.OccurrenceStatement),
            new DerivedFormat<TextStatement>(WireFormat.TextStatement),
        ];
        return (uint)kind < (uint)_derived.Length
            ? _derived[(int)kind]
            : throw ClaimJsonException.Write($"Cannot write a statement of kind {EnumText<StatementKind>.Name(kind)}: it has no wire form.", string.Empty);
    }

    /// <summary>A derived statement's format seen as a statement format.</summary>
    private sealed class DerivedFormat<TStatement>(RecordFormat<TStatement> format) : ValueFormat<Statement>
        where TStatement : Statement
    {
        public override Statement Read(ref Utf8JsonReader reader, JsonReadContext context) => format.Read(ref reader, context);

        public override void Write(Utf8JsonWriter writer, Statement value) => format.Write(writer, (TStatement)value);
    }
}
