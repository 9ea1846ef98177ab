using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="Denial"/>: members <c>id, claimant, incident, deniedClaims, statement, modality, statedAt, reports</c>, in that order.</summary>
internal static class DenialFormat
{
    private const int IdMember = 0, ClaimantMember = 1, IncidentMember = 2, DeniedClaimsMember = 3, StatementMember = 4, ModalityMember = 5, StatedAtMember = 6, ReportsMember = 7;

    private static readonly JsonMembers Members = new("a denial", "id!", "claimant!", "incident", "deniedClaims", "statement", "modality", "statedAt", "reports!");

    /// <summary>Reads a denial; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static Denial Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        string? id = null;
        string? claimant = null;
        string? incident = null;
        ValueList<string> deniedClaims = default;
        Statement? statement = null;
        Modality modality = default;
        TimeSpec? statedAt = null;
        ValueList<Report> reports = default;
        var seen = 0u;
        while (context.NextMember(ref reader, Members, ref seen, out var member))
        {
            switch (member)
            {
                case IdMember:
                    id = context.ReadString(ref reader);
                    break;
                case ClaimantMember:
                    claimant = context.ReadString(ref reader);
                    break;
                case IncidentMember:
                    incident = context.ReadString(ref reader);
                    break;
                case DeniedClaimsMember:
                    deniedClaims = context.ReadList(ref reader, JsonReadContext.StringValue);
                    break;
                case StatementMember:
                    statement = StatementFormat.Read(ref reader, context);
                    break;
                case ModalityMember:
                    modality = context.ReadEnum<Modality>(ref reader);
                    break;
                case StatedAtMember:
                    statedAt = TimeSpecFormat.Read(ref reader, context);
                    break;
                case ReportsMember:
                    reports = context.ReadList(ref reader, ReportFormat.Read);
                    break;
            }
        }

        return new Denial
        {
            Id = id!,
            Claimant = claimant!,
            Incident = incident,
            DeniedClaims = deniedClaims,
            Statement = statement,
            Modality = modality,
            StatedAt = statedAt,
            Reports = reports,
        };
    }

    /// <summary>Writes a denial.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, Denial value)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, Members, IdMember, value.Id);
        JsonWrite.String(writer, Members, ClaimantMember, value.Claimant);
        JsonWrite.String(writer, Members, IncidentMember, value.Incident);
        JsonWrite.List(writer, Members, DeniedClaimsMember, value.DeniedClaims, JsonWrite.StringValue);
        JsonWrite.Record(writer, Members, StatementMember, value.Statement, StatementFormat.Write);
        JsonWrite.Enum(writer, Members, ModalityMember, value.Modality);
        JsonWrite.Record(writer, Members, StatedAtMember, value.StatedAt, TimeSpecFormat.Write);
        JsonWrite.List(writer, Members, ReportsMember, value.Reports, ReportFormat.Write);
        writer.WriteEndObject();
    }
}
