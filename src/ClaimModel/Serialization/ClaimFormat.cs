using System.Text.Json;

namespace ClaimModel.Serialization;

/// <summary>The wire form of <see cref="Claim"/>: members <c>id, claimant, incident, statement, modality, statedAt, reports</c>, in that order.</summary>
internal static class ClaimFormat
{
    private const int IdMember = 0, ClaimantMember = 1, IncidentMember = 2, StatementMember = 3, ModalityMember = 4, StatedAtMember = 5, ReportsMember = 6;

    private static readonly JsonMembers Members = new("a claim", "id!", "claimant!", "incident", "statement!", "modality", "statedAt", "reports!");

    /// <summary>Reads a claim; the reader is on its first token.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="context">The read context.</param>
    public static Claim Read(ref Utf8JsonReader reader, JsonReadContext context)
    {
        context.BeginObject(ref reader, Members);
        string? id = null;
        string? claimant = null;
        string? incident = null;
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

        return new Claim
        {
            Id = id!,
            Claimant = claimant!,
            Incident = incident,
            Statement = statement!,
            Modality = modality,
            StatedAt = statedAt,
            Reports = reports,
        };
    }

    /// <summary>Writes a claim.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Write(Utf8JsonWriter writer, Claim value)
    {
        writer.WriteStartObject();
        JsonWrite.String(writer, Members, IdMember, value.Id);
        JsonWrite.String(writer, Members, ClaimantMember, value.Claimant);
        JsonWrite.String(writer, Members, IncidentMember, value.Incident);
        JsonWrite.Record(writer, Members, StatementMember, value.Statement, StatementFormat.Write);
        JsonWrite.Enum(writer, Members, ModalityMember, value.Modality);
        JsonWrite.Record(writer, Members, StatedAtMember, value.StatedAt, TimeSpecFormat.Write);
        JsonWrite.List(writer, Members, ReportsMember, value.Reports, ReportFormat.Write);
        writer.WriteEndObject();
    }
}
