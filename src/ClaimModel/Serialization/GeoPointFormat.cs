using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="GeoPoint"/>: members <c>latitude, longitude</c>, in that order.</summary>
internal static class GeoPointFormat
{
    private const int LatitudeMember = 0, LongitudeMember = 1;

    private static readonly JsonMembers Members = new("a geo point", "latitude!", "longitude!");

    /// <summary>Reads a geo point; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static GeoPoint Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        double latitude = default;
        double longitude = default;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case LatitudeMember:
                    latitude = context.ReadDouble(ref reader);
                    break;
                case LongitudeMember:
                    longitude = context.ReadDouble(ref reader);
                    break;
            }
        }

        return new GeoPoint
        {
            Latitude = latitude,
            Longitude = longitude,
        };
    }

    /// <summary>Writes a geo point.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, GeoPoint value)
    {
        writer.WriteStartObject();
        JsonWrite.Double(writer, Members, LatitudeMember, value.Latitude);
        JsonWrite.Double(writer, Members, LongitudeMember, value.Longitude);
        writer.WriteEndObject();
    }
}
