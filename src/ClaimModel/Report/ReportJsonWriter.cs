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
/// Shape: <c>{ formatVersion, claimCount, denialCount, findings: [ { kind, severity, incident?, participants:
/// [ { id, role, claimant, claimantName, sides, modality, says, reports: [ { source, via[], quote: { exact,
/// prefix?, suffix?, start?, end? } } ] } ], origins, explanation } ], consistentComparisons?: [ { kind, incident?,
/// measure?, participants: [ as in findings ], intervals: [ { id, reported, interval, unit?, timeZone? } ],
/// explanation } ] }</c>. <c>consistentComparisons</c> is omitted when empty (always, unless the analysis ran
/// with <see cref="DetectionOptions.IncludeConsistentComparisons"/>).
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

    /// <summary>How many bytes the streaming writers hold at most (about) before they pass them on: 16 KiB.</summary>
    private const int FlushThreshold = 16 * 1024;

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
        using var writer = new Utf8JsonWriter(utf8Json, Options);
        WriteReport(writer, report, static json =>
        {
            if (json.BytesPending >= FlushThreshold)
            {
                json.Flush();
            }
        });
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
        var buffer = new ArrayBufferWriter<byte>(2 * FlushThreshold);
        var chars = ArrayPool<char>.Shared.Rent(2 * FlushThreshold);
        try
        {
            using (var json = new Utf8JsonWriter(buffer, Options))
            {
                WriteReport(json, report, pending =>
                {
                    if (pending.BytesPending + buffer.WrittenCount >= FlushThreshold)
                    {
                        pending.Flush();
                        Drain(buffer, writer, ref chars);
                    }
                });
            }

            Drain(buffer, writer, ref chars);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Decodes what <paramref name="buffer"/> holds (whole JSON tokens, so whole characters) into
    /// <paramref name="text"/> and empties it.</summary>
    private static void Drain(ArrayBufferWriter<byte> buffer, TextWriter text, ref char[] chars)
    {
        var bytes = buffer.WrittenSpan;
        var needed = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (needed > chars.Length)
        {
            ArrayPool<char>.Shared.Return(chars);
            chars = ArrayPool<char>.Shared.Rent(needed);
        }

        var count = Encoding.UTF8.GetChars(bytes, chars);
        text.Write(chars, 0, count);
        buffer.ResetWrittenCount();
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
            writer.WriteStartObject("truncation");
            writer.WriteNumber("findingsDropped", truncation.FindingsDropped);
            writer.WriteNumber("consistentComparisonsDropped", truncation.ConsistentComparisonsDropped);
            writer.WriteNumber("comparisonsSkipped", truncation.ComparisonsSkipped);
            writer.WriteEndObject();
        }

        var disputes = DisputeAnalyzer.Analyze(report);
        WriteArray(writer, "incidents", disputes.Incidents, WriteIncident, afterItem);
        WriteArray(writer, "findings", report.Findings, WriteFinding, afterItem);
        if (!report.ConsistentComparisons.IsEmpty)
        {
            WriteArray(writer, "consistentComparisons", report.ConsistentComparisons, WriteComparison, afterItem);
        }

        if (!report.History.IsEmpty)
        {
            WriteArray(writer, "history", report.History, WriteRevision);
        }

        writer.WriteEndObject();
    }

    private static void WriteRevision(Utf8JsonWriter writer, ClaimRevision revision)
    {
        writer.WriteStartObject();
        writer.WriteString("claim", revision.Claim);
        writer.WriteString("kind", EnumText<RevisionKind>.Name(revision.Kind));
        writer.WriteString("by", revision.By);
        writer.WriteEndObject();
    }

    private static void WriteComparison(Utf8JsonWriter writer, ConsistentComparison comparison)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", EnumText<ComparisonKind>.Name(comparison.Kind));
        WriteOptional(writer, "incident", comparison.Incident);
        WriteOptional(writer, "measure", comparison.Measure);
        WriteArray(writer, "participants", comparison.Participants, WriteParticipant);
        WriteArray(writer, "intervals", comparison.Intervals, WriteInterval);
        writer.WriteString("explanation", comparison.Explanation);
        writer.WriteEndObject();
    }

    private static void WriteInterval(Utf8JsonWriter writer, ComparedInterval interval)
    {
        writer.WriteStartObject();
        writer.WriteString("id", interval.Id);
        writer.WriteString("reported", interval.Reported);
        writer.WriteString("interval", interval.Interval);
        WriteOptional(writer, "unit", interval.Unit);
        WriteOptional(writer, "timeZone", interval.TimeZone);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteIncident(Utf8JsonWriter writer, IncidentSummary incident)
    {
        writer.WriteStartObject();
        WriteOptional(writer, "incident", incident.Incident);
        WriteOptional(writer, "title", incident.Title);
        WriteOptional(writer, "when", incident.When);
        WriteArray(writer, "disputes", incident.Disputes, WriteDispute);
        WriteArray(writer, "figures", incident.Figures, WriteRange);
        writer.WriteEndObject();
    }

    private static void WriteDispute(Utf8JsonWriter writer, Dispute dispute)
    {
        writer.WriteStartObject();
        writer.WriteString("id", dispute.Id);
        writer.WriteString("question", EnumText<DisputeQuestion>.Name(dispute.Question));
        WriteOptional(writer, "subject", dispute.Subject);
        writer.WriteString("status", EnumText<DisputeStatus>.Name(dispute.Status));
        WriteArray(writer, "positions", dispute.Positions, static (w, position) =>
        {
            w.WriteStartObject();
            w.WriteString("answer", position.Answer);
            w.WriteBoolean("denies", position.Denies);
            w.WriteNumber("independentVoices", position.IndependentVoices);
            WriteStrings(w, "sides", position.Sides);
            WriteArray(w, "voices", position.Voices, static (v, voice) =>
            {
                v.WriteStartObject();
                v.WriteString("voice", voice.Voice);
                if (voice.Probable)
                {
                    v.WriteBoolean("probable", true);
                }

                WriteStrings(v, "claimants", voice.Claimants);
                WriteStrings(v, "sides", voice.Sides);
                WriteStrings(v, "statements", voice.Statements);
                WriteStrings(v, "sources", voice.Sources);
                v.WriteEndObject();
            });
            w.WriteEndObject();
        });
        WriteStrings(writer, "findings", dispute.Findings);
        writer.WriteEndObject();
    }

    private static void WriteRange(Utf8JsonWriter writer, FigureRange range)
    {
        writer.WriteStartObject();
        writer.WriteString("measure", range.Measure);
        writer.WriteString("unit", range.Unit);
        if (range.Cumulative)
        {
            writer.WriteBoolean("cumulative", true);
        }

        foreach (var (name, value) in new[] { ("low", range.Low), ("best", range.Best), ("high", range.High) })
        {
            if (value is { } number)
            {
                writer.WriteNumber(name, number);
            }
        }

        WriteStrings(writer, "lowVoices", range.LowVoices);
        WriteStrings(writer, "highVoices", range.HighVoices);
        WriteStrings(writer, "voices", range.Voices);
        WriteStrings(writer, "claims", range.Claims);
        writer.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter writer, Finding finding)
    {
        writer.WriteStartObject();
        writer.WriteString("id", finding.Id);
        writer.WriteString("kind", EnumText<FindingKind>.Name(finding.Kind));
        writer.WriteString("severity", EnumText<Severity>.Name(finding.Severity));
        WriteOptional(writer, "incident", finding.Incident);

        WriteArray(writer, "participants", finding.Participants, WriteParticipant);
        WriteStrings(writer, "origins", finding.Origins);
        writer.WriteString("explanation", finding.Explanation);
        writer.WriteEndObject();
    }

    private static void WriteParticipant(Utf8JsonWriter writer, FindingParticipant participant)
    {
        writer.WriteStartObject();
        writer.WriteString("id", participant.Id);
        if (participant.Statement is { } statement)
        {
            writer.WriteNumber("statement", statement);
        }

        writer.WriteString("role", EnumText<ParticipantRole>.Name(participant.Role));
        writer.WriteString("claimant", participant.Claimant);
        writer.WriteString("claimantName", participant.ClaimantName);
        WriteStrings(writer, "sides", participant.Sides);
        writer.WriteString("modality", EnumText<Modality>.Name(participant.Modality));
        writer.WriteString("says", participant.Says);
        WriteArray(writer, "reports", participant.Reports, WriteReport);
        writer.WriteEndObject();
    }

    private static void WriteReport(Utf8JsonWriter writer, Report report)
    {
        writer.WriteStartObject();
        writer.WriteString("source", report.Source);
        if (!report.Via.IsEmpty)
        {
            WriteStrings(writer, "via", report.Via);
        }

        writer.WriteStartObject("quote");
        var quote = report.Quote;
        writer.WriteString("exact", quote.Exact);
        if (quote.Prefix is not null)
        {
            writer.WriteString("prefix", quote.Prefix);
        }

        if (quote.Suffix is not null)
        {
            writer.WriteString("suffix", quote.Suffix);
        }

        if (quote.Start is { } start)
        {
            writer.WriteNumber("start", start);
        }

        if (quote.End is { } end)
        {
            writer.WriteNumber("end", end);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, ValueList<string> values) =>
        WriteArray(writer, name, values, static (w, value) => w.WriteStringValue(value));

    private static void WriteArray<T>(Utf8JsonWriter writer, string name, ValueList<T> items, Action<Utf8JsonWriter, T> writeItem, Action<Utf8JsonWriter>? afterItem = null)
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
