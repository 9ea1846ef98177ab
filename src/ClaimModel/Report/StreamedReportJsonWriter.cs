using System.Text.Json;
using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Serialization;

namespace ClaimModel.Reporting;

/// <summary>Analyses documents and writes the report JSON with every finding streamed as it is found, so that neither
/// the findings nor the JSON are ever held in memory whole: the findings first, in the order found, then the counts,
/// the disputes and figure ranges, the consistent comparisons and the history
/// (<see cref="DisputeAnalyzer.AnalyzeStreaming"/>).</summary>
/// <remarks>
/// Shape (README "Report JSON", streamed variant): <c>{ formatVersion, findings: [ finding ], claimCount, denialCount,
/// truncation?, incidents: [ … ], consistentComparisons?: [ … ], history?: [ … ] }</c> — the members of
/// <see cref="ReportJsonWriter"/>'s report in another order, each in the same shape, and the same schema
/// (<c>claimmodel.report.schema.json</c>); the findings are in the order found rather than report order, and
/// <see cref="AnalysisBudget.MaxFindings"/> does not cap them. <see cref="ReportJson.Read(string)"/> reads it like the
/// ordinary report. Indented like <see cref="ReportJsonWriter.Options"/>, ending with one LF.
/// <para>On more than one core the findings' explanations and JSON are made on a second thread while the analysis goes
/// on (<see cref="BackgroundFindingWriter"/>); the documents are read and the bytes written on the calling thread, the
/// same bytes as on one thread.</para>
/// </remarks>
public static class StreamedReportJsonWriter
{
    /// <summary>Analyses <paramref name="documents"/> and writes the streamed report to <paramref name="utf8Json"/> as UTF-8
    /// without a byte order mark, ending with one LF. The stream is left open.</summary>
    /// <param name="documents">The documents (merged as by <see cref="ContradictionDetector.Analyze(IEnumerable{ClaimDocument}, DetectionOptions?)"/>).</param>
    /// <param name="options">The policies; <see cref="DetectionOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="utf8Json">The stream to write to.</param>
    /// <returns>What the analysis kept: the report without findings, the disputes and the number of findings written.</returns>
    public static StreamedAnalysis Write(IEnumerable<ClaimDocument> documents, DetectionOptions? options, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(utf8Json);
        StreamedAnalysis analysis;
        using (var output = new JsonStreamOutput(utf8Json, ReportJsonWriter.Options))
        {
            analysis = Write(output, documents, options);
            output.Complete();
        }

        utf8Json.WriteByte((byte)'\n');
        return analysis;
    }

    /// <summary>As <see cref="Write(IEnumerable{ClaimDocument}, DetectionOptions?, Stream)"/>, to a text writer (not flushed
    /// or closed).</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="options">The policies; <see cref="DetectionOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="writer">The writer to write to.</param>
    /// <returns>What the analysis kept: the report without findings, the disputes and the number of findings written.</returns>
    public static StreamedAnalysis Write(IEnumerable<ClaimDocument> documents, DetectionOptions? options, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(writer);
        StreamedAnalysis analysis;
        using (var output = new JsonTextOutput(writer, ReportJsonWriter.Options))
        {
            analysis = Write(output, documents, options);
            output.Complete();
        }

        writer.Write('\n');
        return analysis;
    }

    private static StreamedAnalysis Write(JsonOutput output, IEnumerable<ClaimDocument> documents, DetectionOptions? options)
    {
        var writer = output.Json;
        writer.WriteStartObject();
        writer.WriteNumber("formatVersion", ContradictionReport.CurrentFormatVersion);
        writer.WriteStartArray("findings");
        var ids = new PlainStringElements();
        var findings = OutputWireFormat.FindingWith(new ParticipantJsonCache(), ids);
        StreamedAnalysis analysis;
        using (var background = new BackgroundFindingWriter(output, findings.Write))
        {
            analysis = DisputeAnalyzer.AnalyzeStreaming(documents, options, background.Add);
            background.Complete();
        }

        writer.WriteEndArray();
        var report = analysis.Report;
        writer.WriteNumber("claimCount", report.ClaimCount);
        writer.WriteNumber("denialCount", report.DenialCount);
        if (report.Truncation is { } truncation)
        {
            writer.WritePropertyName("truncation");
            OutputWireFormat.Truncation.Write(writer, truncation);
        }

        WriteArray(output, "incidents", analysis.Disputes.Incidents, OutputWireFormat.IncidentWith(OutputWireFormat.DisputeWith(ids)).Write);
        if (!report.ConsistentComparisons.IsEmpty)
        {
            WriteArray(output, "consistentComparisons", report.ConsistentComparisons, OutputWireFormat.Comparison.Write);
        }

        if (!report.History.IsEmpty)
        {
            WriteArray(output, "history", report.History, OutputWireFormat.Revision.Write);
        }

        writer.WriteEndObject();
        return analysis;
    }

    private static void WriteArray<T>(JsonOutput output, string name, ValueList<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        var writer = output.Json;
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writeItem(writer, item);
            output.MaybeDrain();
        }

        writer.WriteEndArray();
    }
}
