using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="Incident"/>: members <c>id, kind, title, place, time, targets, partOf</c>, in that order.</summary>
internal static class IncidentFormat
{
    private const int IdMember = 0, KindMember = 1, TitleMember = 2, PlaceMember = 3, TimeMember = 4, TargetsMember = 5, PartOfMember = 6;

    private static readonly JsonMembers Members = new("an incident", "id!", "kind!", "title!", "place", "time", "targets", "partOf");

    /// <summary>Reads an incident; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static Incident Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        string? id = null;
        IncidentKind kind = default;
        string? title = null;
        Place? place = null;
        TimeSpec? time = null;
        ValueList<Target> targets = default;
        string? partOf = null;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case IdMember:
                    id = context.ReadString(ref reader);
                    break;
                case KindMember:
                    kind = context.ReadEnum<IncidentKind>(ref reader);
                    break;
                case TitleMember:
                    title = context.ReadString(ref reader);
                    break;
                case PlaceMember:
                    place = PlaceFormat.Read(ref reader, context);
                    break;
                case TimeMember:
                    time = TimeSpecFormat.Read(ref reader, context);
                    break;
                case TargetsMember:
                    targets = context.ReadList(ref reader, TargetFormat.Read);
                    break;
                case PartOfMember:
                    partOf = context.ReadString(ref reader);
                    break;
            }
        }

        return new Incident
        {
            Id = id!,
            Kind = kind,
            Title = title!,
            Place = place,
            Time = time,
            Targets = targets,
            PartOf = partOf,
        };
    }

    /// <summary>Writes an incident.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, Incident value)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, Members, IdMember, value.Id);
        JsonWrite.Enum(writer, Members, KindMember, value.Kind);
        JsonWrite.String(writer, Members, TitleMember, value.Title);
        JsonWrite.Record(writer, Members, PlaceMember, value.Place, PlaceFormat.Write);
        JsonWrite.Record(writer, Members, TimeMember, value.Time, TimeSpecFormat.Write);
        JsonWrite.List(writer, Members, TargetsMember, value.Targets, TargetFormat.Write);
        JsonWrite.String(writer, Members, PartOfMember, value.PartOf);
        writer.WriteEndObject();
    }
}
