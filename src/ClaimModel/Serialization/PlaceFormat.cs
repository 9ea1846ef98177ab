using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="Place"/>: members <c>name, country, coordinates, precision</c>, in that order.</summary>
internal static class PlaceFormat
{
    private const int NameMember = 0, CountryMember = 1, CoordinatesMember = 2, PrecisionMember = 3;

    private static readonly JsonMembers Members = new("a place", "name!", "country", "coordinates", "precision!");

    /// <summary>Reads a place; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static Place Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        string? name = null;
        string? country = null;
        GeoPoint? coordinates = null;
        PlacePrecision precision = default;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case NameMember:
                    name = context.ReadString(ref reader);
                    break;
                case CountryMember:
                    country = context.ReadString(ref reader);
                    break;
                case CoordinatesMember:
                    coordinates = GeoPointFormat.Read(ref reader, context);
                    break;
                case PrecisionMember:
                    precision = context.ReadEnum<PlacePrecision>(ref reader);
                    break;
            }
        }

        return new Place
        {
            Name = name!,
            Country = country,
            Coordinates = coordinates,
            Precision = precision,
        };
    }

    /// <summary>Writes a place.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, Place value)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, Members, NameMember, value.Name);
        JsonWrite.String(writer, Members, CountryMember, value.Country);
        JsonWrite.Record(writer, Members, CoordinatesMember, value.Coordinates, GeoPointFormat.Write);
        JsonWrite.Enum(writer, Members, PrecisionMember, value.Precision);
        writer.WriteEndObject();
    }
}
