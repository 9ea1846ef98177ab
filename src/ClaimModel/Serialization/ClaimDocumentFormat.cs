using System.Globalization;
using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="ClaimDocument"/>, the root: members <c>formatVersion, title,
/// actors, sources, incidents, claims, denials</c>, in that order. <c>formatVersion</c> is checked first,
/// wherever it stands, so a document of another version gets a version error, not a member error.</summary>
internal static class ClaimDocumentFormat
{
    private const int FormatVersionMember = 0, TitleMember = 1, ActorsMember = 2, SourcesMember = 3, IncidentsMember = 4, ClaimsMember = 5, DenialsMember = 6;

    private static readonly JsonMembers Members = new("a claim document", "formatVersion!", "title", "actors", "sources", "incidents", "claims", "denials");

    /// <summary>Reads a claim document; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static ClaimDocument Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        CheckVersion(ref reader, context);
        string? title = null;
        ValueList<Actor> actors = default;
        ValueList<Source> sources = default;
        ValueList<Incident> incidents = default;
        ValueList<Claim> claims = default;
        ValueList<Denial> denials = default;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case FormatVersionMember:
                    break; // checked by CheckVersion
                case TitleMember:
                    title = context.ReadString(ref reader);
                    break;
                case ActorsMember:
                    actors = context.ReadList(ref reader, ActorFormat.Read);
                    break;
                case SourcesMember:
                    sources = context.ReadList(ref reader, SourceFormat.Read);
                    break;
                case IncidentsMember:
                    incidents = context.ReadList(ref reader, IncidentFormat.Read);
                    break;
                case ClaimsMember:
                    claims = context.ReadList(ref reader, ClaimFormat.Read);
                    break;
                case DenialsMember:
                    denials = context.ReadList(ref reader, DenialFormat.Read);
                    break;
            }
        }

        return new ClaimDocument
        {
            Title = title,
            Actors = actors,
            Sources = sources,
            Incidents = incidents,
            Claims = claims,
            Denials = denials,
        };
    }

    /// <summary>Writes a claim document, <c>formatVersion</c> first.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, ClaimDocument value)
    {
        writer.WriteStartObject();
        writer.WriteNumber(Members[FormatVersionMember], ClaimDocument.CurrentFormatVersion);
        JsonWrite.String(writer, Members, TitleMember, value.Title);
        JsonWrite.List(writer, Members, ActorsMember, value.Actors, ActorFormat.Write);
        JsonWrite.List(writer, Members, SourcesMember, value.Sources, SourceFormat.Write);
        JsonWrite.List(writer, Members, IncidentsMember, value.Incidents, IncidentFormat.Write);
        JsonWrite.List(writer, Members, ClaimsMember, value.Claims, ClaimFormat.Write);
        JsonWrite.List(writer, Members, DenialsMember, value.Denials, DenialFormat.Write);
        writer.WriteEndObject();
    }

    private static void CheckVersion(ref Utf8JsonReader reader, JsonReadContext context)
    {
        if (!context.FindMember(ref reader, "formatVersion"u8, out var version))
        {
            // NextMember reports it as a missing required member at the end of the object.
            return;
        }

        if (version.TokenType == JsonTokenType.Number && version.TryGetInt32(out var number) && number == ClaimDocument.CurrentFormatVersion)
        {
            return;
        }

        context.PushMember("formatVersion");
        var found = version.TokenType == JsonTokenType.Number && version.TryGetInt64(out var wide)
            ? wide.ToString(CultureInfo.InvariantCulture)
            : "a value that is not an integer";
        throw context.Fail(
            ref version,
            $"Unsupported formatVersion ({found}); this library reads and writes formatVersion {ClaimDocument.CurrentFormatVersion} only. Convert the document or use a library version that supports it.");
    }
}
