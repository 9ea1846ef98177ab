using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Serialization;

namespace ClaimModel.Reporting;

/// <summary>Writes a <see cref="ContradictionReport"/> as JSON with the model's conventions: camelCase members
/// in declaration order, kebab-case enums (<see cref="EnumText{TEnum}"/>), <c>formatVersion</c> first, <c>null</c>
/// members and empty optional arrays omitted. Trimming/AOT-safe (no reflection).</summary>
/// <remarks>
/// Shape (README "Report JSON"; schema <c>claimmodel.report.schema.json</c>): <c>{ formatVersion, claimCount,
/// denialCount, incidents: [ { incident?, title?, when?, disputes: [ dispute ], figures: [ range ] } ], findings:
/// [ finding ], consistentComparisons?: [ comparison ], history?: [ { claim, kind, by } ] }</c>, each element in the
/// shape its type carries (<see cref="OutputWireFormat"/>, the one place it is written). <c>consistentComparisons</c>
/// is omitted when empty (always, unless the analysis ran with
/// <see cref="DetectionOptions.IncludeConsistentComparisons"/>), <c>history</c> when no claim was revised.
/// <see cref="ReportJson.Read(string)"/> reads it back as a <see cref="StoredReport"/>.
/// </remarks>
public static class ReportJsonWriter
{
    /// <summary>The writer options of <see cref="Write(ContradictionReport)"/>: indented by 2 spaces, LF, and
    /// non-ASCII text (dashes, ∞) written as is.</summary>
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report as a JSON string (UTF-8 text, <see cref="Options"/>), without a trailing newline.</summary>
    /// <param name="report">The report.</param>
    public static string Write(ContradictionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Write(report, text);
        return text.ToString();
    }

    /// <summary>Writes the report as one JSON object to <paramref name="writer"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="report">The report.</param>
    public static void Write(Utf8JsonWriter writer, ContradictionReport report)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        WriteReport(writer, report, null);
    }

    /// <summary>Writes the report as UTF-8 JSON (<see cref="Options"/>, no trailing newline) to
    /// <paramref name="utf8Json"/>, passing it on every 16 KiB or so (flushing the stream), so that the whole
    /// report is never held in memory. The stream is left open.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">The stream to write to.</param>
    public static void Write(ContradictionReport report, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var output = new JsonStreamOutput(utf8Json, Options);
        WriteReport(output.Json, report, _ => output.MaybeDrain());
        output.Complete();
    }

    /// <summary>Writes the report as JSON text (<see cref="Options"/>, no trailing newline) to <paramref name="writer"/>,
    /// passing it on every 16 KiB or so, so that the whole report is never held in memory. The writer is not
    /// flushed or closed.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">The writer to write to.</param>
    public static void Write(ContradictionReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        using var output = new JsonTextOutput(writer, Options);
        WriteReport(output.Json, report, _ => output.MaybeDrain());
        output.Complete();
    }

    /// <summary>The report object; <paramref name="afterItem"/>, when given, runs after each finding and comparison
    /// (where the streaming writers pass the bytes on).</summary>
    private static void WriteReport(Utf8JsonWriter writer, ContradictionReport report, Action<Utf8JsonWriter>? afterItem)
    {
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", ContradictionReport.CurrentFormatVersion);
        writer.WriteNumber("claimCount", report.ClaimCount);
        writer.WriteNumber("denialCount", report.DenialCount);
        if (report.Truncation is { } truncation)
        {
            // Only in a truncated report (complete reports are unchanged).
            writer.WritePropertyName("truncation");
            OutputWireFormat.Truncation.Write(writer, truncation);
        }

        // The same JSON as the tables write, cheaper: plain ids (the findings of each dispute, the origins of each
        // finding) as raw bytes, and each entry's participant, shared by its findings, written once, then copied.
        var ids = new PlainStringElements();
        var disputes = DisputeAnalyzer.Analyze(report);
        WriteArray(writer, "incidents", disputes.Incidents, OutputWireFormat.IncidentWith(OutputWireFormat.DisputeWith(ids)).Write, afterItem);
        var findings = OutputWireFormat.FindingWith(new ParticipantJsonCache(), ids);
        writer.WriteStartArray("findings");
        for (var i = 0; i < report.Findings.Count; i++)
        {
            findings.Write(writer, report.Findings.ReadOnce(i));
            afterItem?.Invoke(writer);
        }

        writer.WriteEndArray();
        if (!report.ConsistentComparisons.IsEmpty)
        {
            WriteArray(writer, "consistentComparisons", report.ConsistentComparisons, OutputWireFormat.Comparison.Write, afterItem);
        }

        if (!report.History.IsEmpty)
        {
            WriteArray(writer, "history", report.History, OutputWireFormat.Revision.Write);
        }

        writer.WriteEndObject();
    }

    private static void WriteArray<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> writeItem, Action<Utf8JsonWriter>? afterItem = null)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writeItem(writer, item);
            afterItem?.Invoke(writer);
        }

        writer.WriteEndArray();
    }
}
