using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="PresenceStatement"/>: members <c>kind, actor, present, place, within, time</c>, in that order.</summary>
internal static class PresenceStatementFormat
{
    private const int KindMember = 0, ActorMember = 1, PresentMember = 2, PlaceMember = 3, WithinMember = 4, TimeMember = 5;

    private static readonly JsonMembers Members = new("a presence statement", "kind!", "actor!", "present!", "place", "within", "time");

    /// <summary>Reads a presence statement; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static PresenceStatement Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        string? actor = null;
        bool present = default;
        Place? place = null;
        Figure? within = null;
        TimeSpec? time = null;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case KindMember:
                    StatementFormat.CheckKind(ref reader, context, StatementKind.Presence);
                    break;
                case ActorMember:
                    actor = context.ReadString(ref reader);
                    break;
                case PresentMember:
                    present = context.ReadBoolean(ref reader);
                    break;
                case PlaceMember:
                    place = PlaceFormat.Read(ref reader, context);
                    break;
                case WithinMember:
                    within = FigureFormat.Read(ref reader, context);
                    break;
                case TimeMember:
                    time = TimeSpecFormat.Read(ref reader, context);
                    break;
            }
        }

        return new PresenceStatement
        {
            Actor = actor!,
            Present = present,
            Place = place,
            Within = within,
            Time = time,
        };
    }

    /// <summary>Writes a presence statement.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, PresenceStatement value)
    {
        writer.WriteStartObject();
        JsonWrite.Enum(writer, Members, KindMember, value.Kind);
        JsonWrite.String(writer, Members, ActorMember, value.Actor);
        JsonWrite.Boolean(writer, Members, PresentMember, value.Present);
        JsonWrite.Record(writer, Members, PlaceMember, value.Place, PlaceFormat.Write);
        JsonWrite.Record(writer, Members, WithinMember, value.Within, FigureFormat.Write);
        JsonWrite.Record(writer, Members, TimeMember, value.Time, TimeSpecFormat.Write);
        writer.WriteEndObject();
    }
}
