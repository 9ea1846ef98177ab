using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="Affiliation"/>: members <c>actor, relation</c>, in that order.</summary>
internal static class AffiliationFormat
{
    private const int ActorMember = 0, RelationMember = 1;

    private static readonly JsonMembers Members = new("an affiliation", "actor!", "relation!");

    /// <summary>Reads an affiliation; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static Affiliation Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        string? actor = null;
        AffiliationRelation relation = default;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case ActorMember:
                    actor = context.ReadString(ref reader);
                    break;
                case RelationMember:
                    relation = context.ReadEnum<AffiliationRelation>(ref reader);
                    break;
            }
        }

        return new Affiliation
        {
            Actor = actor!,
            Relation = relation,
        };
    }

    /// <summary>Writes an affiliation.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, Affiliation value)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, Members, ActorMember, value.Actor);
        JsonWrite.Enum(writer, Members, RelationMember, value.Relation);
        writer.WriteEndObject();
    }
}
