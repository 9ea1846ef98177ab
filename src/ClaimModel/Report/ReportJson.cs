using System.Text;
using System.Text.Json;
using ClaimModel.Serialization;

namespace ClaimModel.Reporting;

/// <summary>Reads the report JSON back (report <c>formatVersion</c> 2, as <see cref="ReportJsonWriter"/> writes it)
/// into a <see cref="StoredReport"/>, strictly like the document reader: an unknown, duplicate or missing member, a
/// wrong token, an enum name that does not exist, an id that is not the id of what it names, content after the
/// report, or another <c>formatVersion</c> is a <see cref="ClaimJsonException"/> naming the JSON path, line and
/// position. Schema: <c>schema/claimmodel.report.schema.json</c> in the package.</summary>
public static class ReportJson
{
    /// <summary>Reads a report from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ClaimJsonException">The text is not a report of format version 2.</exception>
    public static StoredReport Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a report from a UTF-8 stream (read to its end first; left open).</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ClaimJsonException">The stream does not hold a report of format version 2.</exception>
    public static StoredReport Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Read(new ReadOnlySpan<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Reads a report from UTF-8 JSON (a leading byte order mark is skipped).</summary>
    /// <param name="utf8Json">The UTF-8 JSON.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ClaimJsonException">The input is not a report of format version 2.</exception>
    public static StoredReport Read(ReadOnlySpan<byte> utf8Json) => ClaimJson.ReadWhole(utf8Json, OutputWireFormat.Report, "report", ClaimReadLimits.Trusted);

    /// <summary>The report as JSON text, exactly as <see cref="ReportJsonWriter.Write(Engine.ContradictionReport)"/>
    /// writes the report it was made from (<see cref="ReportJsonWriter.Options"/>, no trailing newline).</summary>
    /// <param name="report">The report.</param>
    public static string Write(StoredReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ReportJsonWriter.Options))
        {
            OutputWireFormat.Report.Write(writer, report);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
