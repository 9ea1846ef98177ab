using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="Actor"/>: members <c>id, name, kind, aliases, affiliations</c>, in that order.</summary>
internal static class ActorFormat
{
    private const int IdMember = 0, NameMember = 1, KindMember = 2, AliasesMember = 3, AffiliationsMember = 4;

    private static readonly JsonMembers Members = new("an actor", "id!", "name!", "kind!", "aliases", "affiliations");

    /// <summary>Reads an actor; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static Actor Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        string? id = null;
        string? name = null;
        ActorKind kind = default;
        ValueList<string> aliases = default;
        ValueList<Affiliation> affiliations = default;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case IdMember:
                    id = context.ReadString(ref reader);
                    break;
                case NameMember:
                    name = context.ReadString(ref reader);
                    break;
                case KindMember:
                    kind = context.ReadEnum<ActorKind>(ref reader);
                    break;
                case AliasesMember:
                    aliases = context.ReadList(ref reader, JsonReadContext.StringValue);
                    break;
                case AffiliationsMember:
                    affiliations = context.ReadList(ref reader, AffiliationFormat.Read);
                    break;
            }
        }

        return new Actor
        {
            Id = id!,
            Name = name!,
            Kind = kind,
            Aliases = aliases,
            Affiliations = affiliations,
        };
    }

    /// <summary>Writes an actor.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, Actor value)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, Members, IdMember, value.Id);
        JsonWrite.String(writer, Members, NameMember, value.Name);
        JsonWrite.Enum(writer, Members, KindMember, value.Kind);
        JsonWrite.List(writer, Members, AliasesMember, value.Aliases, JsonWrite.StringValue);
        JsonWrite.List(writer, Members, AffiliationsMember, value.Affiliations, AffiliationFormat.Write);
        writer.WriteEndObject();
    }
}
