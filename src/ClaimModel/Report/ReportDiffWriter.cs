using System.Globalization;
using System.Text;
using System.Text.Json;
using ClaimModel.Disputes;
using ClaimModel.Engine;
using ClaimModel.Serialization;

namespace ClaimModel.Reporting;

/// <summary>Writes a <see cref="ReportDiff"/> as text, Markdown or JSON (<c>claimmodel diff</c>).</summary>
/// <remarks>
/// <para>Text and Markdown: a summary line, then the sections that have entries — disputes added, resolved and
/// changed (status, positions added and removed, voice counts, findings gained and lost), findings added, resolved
/// and changed, figure ranges — each entry by incident and id. "No changes" when the diff is empty.</para>
/// <para>JSON (<see cref="ReportJsonWriter.Options"/>): <c>{ disputes: { added: [dispute], resolved: [dispute],
/// changed: [ { id, before: dispute, after: dispute, addedPositions, removedPositions, voiceCounts: [ { answer,
/// before, after } ], addedFindings, resolvedFindings } ] }, findings: { added: [finding], resolved: [finding],
/// changed: [ { id, before: finding, after: finding } ] }, figures: [ { incident?, measure, before?: range, after?:
/// range } ] }</c>, disputes, findings and ranges in their report JSON shape.</para>
/// </remarks>
public static class ReportDiffWriter
{
    /// <summary>The diff in <paramref name="format"/>, ending with a line feed (JSON: without one).</summary>
    /// <param name="diff">The diff.</param>
    /// <param name="format">The format.</param>
    public static string Write(ReportDiff diff, ReportFormat format)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(diff, format, text);
        return text.ToString();
    }

    /// <summary>Writes the diff in <paramref name="format"/> to <paramref name="writer"/> (not flushed or closed).</summary>
    /// <param name="diff">The diff.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">The writer.</param>
    public static void Write(ReportDiff diff, ReportFormat format, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case ReportFormat.Json:
                writer.Write(Json(diff));
                break;
            case ReportFormat.Text:
                WriteOutline(diff, writer, markdown: false);
                break;
            case ReportFormat.Markdown:
                WriteOutline(diff, writer, markdown: true);
                break;
            default:
                throw new System.Diagnostics.UnreachableException($"Unknown report format {format}.");
        }
    }

    /// <summary>"2 disputes added, 1 resolved, 3 changed; 5 findings added, 0 resolved, 1 changed; 1 figure range changed".</summary>
    /// <param name="diff">The diff.</param>
    public static string Summary(ReportDiff diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        return diff.IsEmpty
            ? "No changes"
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{Count(diff.AddedDisputes.Count, "dispute")} added, {diff.ResolvedDisputes.Count} resolved, {diff.ChangedDisputes.Count} changed; {Count(diff.AddedFindings.Count, "finding")} added, {diff.ResolvedFindings.Count} resolved, {diff.ChangedFindings.Count} changed; {Count(diff.Figures.Count, "figure range")} changed");
    }

    private static void WriteOutline(ReportDiff diff, TextWriter writer, bool markdown)
    {
        writer.Write(markdown ? "# " + Summary(diff) + "\n" : Summary(diff) + "\n");
        foreach (var (title, items) in Sections(diff))
        {
            if (items.Count == 0)
            {
                continue;
            }

            writer.Write(markdown ? "\n## " + title + "\n\n" : "\n" + title + "\n");
            foreach (var (line, details) in items)
            {
                writer.Write(markdown ? "- " + line + "\n" : "  " + line + "\n");
                foreach (var detail in details)
                {
                    writer.Write(markdown ? "  - " + detail + "\n" : "    " + detail + "\n");
                }
            }
        }
    }

    private static IEnumerable<(string Title, List<(string Line, IEnumerable<string> Details)> Items)> Sections(ReportDiff diff)
    {
        yield return ("Disputes added", [.. diff.AddedDisputes.Select(d => (DisputeLine(d), d.Positions.Select(ReportPhrases.Position)))]);
        yield return ("Disputes resolved", [.. diff.ResolvedDisputes.Select(d => (DisputeLine(d), d.Positions.Select(ReportPhrases.Position)))]);
        yield return ("Disputes changed", [.. diff.ChangedDisputes.Select(c => (DisputeLine(c.After) + (c.StatusChanged ? " (was " + EnumText<DisputeStatus>.Name(c.Before.Status) + ")" : string.Empty), ChangeDetails(c)))]);
        yield return ("Findings added", [.. diff.AddedFindings.Select(f => (FindingLine(f), (IEnumerable<string>)[]))]);
        yield return ("Findings resolved", [.. diff.ResolvedFindings.Select(f => (FindingLine(f), (IEnumerable<string>)[]))]);
        yield return ("Findings changed", [.. diff.ChangedFindings.Select(c => (FindingLine(c.After), FindingDetails(c)))]);
        yield return ("Figure ranges", [.. diff.Figures.Select(r => (RangeLine(r), (IEnumerable<string>)[]))]);
    }

    private static string DisputeLine(Dispute dispute) => (dispute.Incident ?? "no single incident") + " " + ReportPhrases.Dispute(dispute);

    private static IEnumerable<string> ChangeDetails(DisputeChange change) =>
        change.AddedPositions.Select(answer => "+ position: " + answer)
            .Concat(change.RemovedPositions.Select(answer => "- position: " + answer))
            .Concat(change.VoiceCounts.Select(count => string.Create(CultureInfo.InvariantCulture, $"voices: {count.Answer}: {count.Before} → {count.After}")))
            .Concat(change.AddedFindings.Select(id => "+ finding " + id))
            .Concat(change.ResolvedFindings.Select(id => "- finding " + id));

    private static string FindingLine(Finding finding) => string.Concat(finding.Id, " ", ReportPhrases.Heading(finding), ": ", finding.Explanation);

    private static IEnumerable<string> FindingDetails(FindingChange change)
    {
        if (change.SeverityChanged)
        {
            yield return "severity: " + EnumText<Severity>.Name(change.Before.Severity) + " → " + EnumText<Severity>.Name(change.After.Severity);
        }

        if (!string.Equals(change.Before.Explanation, change.After.Explanation, StringComparison.Ordinal))
        {
            yield return "was: " + change.Before.Explanation;
            yield return "now: " + change.After.Explanation;
        }
        else if (!change.SeverityChanged)
        {
            yield return "evidence changed (participants' reports, sides or origins)";
        }
    }

    private static string RangeLine(FigureRangeChange change) => string.Concat(
        change.Incident ?? "no single incident",
        " ",
        change.Before is null ? "new: " + ReportPhrases.Range(change.After!)
        : change.After is null ? "gone: " + ReportPhrases.Range(change.Before)
        : ReportPhrases.Range(change.Before) + " → " + ReportPhrases.Range(change.After));

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    /// <summary>Opens a changed record's object: its id, then the record before and after the change.</summary>
    private static void StartChange<T>(Utf8JsonWriter json, string id, T before, T after, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WritePropertyName("before");
        write(json, before);
        json.WritePropertyName("after");
        write(json, after);
    }

    private static string Json(ReportDiff diff)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ReportJsonWriter.Options))
        {
            json.WriteStartObject();
            json.WriteStartObject("disputes");
            Array(json, "added", diff.AddedDisputes, OutputWireFormat.Dispute.Write);
            Array(json, "resolved", diff.ResolvedDisputes, OutputWireFormat.Dispute.Write);
            Array(json, "changed", diff.ChangedDisputes, static (w, change) =>
            {
                StartChange(w, change.Id, change.Before, change.After, OutputWireFormat.Dispute.Write);
                Array(w, "addedPositions", change.AddedPositions, static (v, s) => v.WriteStringValue(s));
                Array(w, "removedPositions", change.RemovedPositions, static (v, s) => v.WriteStringValue(s));
                Array(w, "voiceCounts", change.VoiceCounts, static (v, count) =>
                {
                    v.WriteStartObject();
                    v.WriteString("answer", count.Answer);
                    v.WriteNumber("before", count.Before);
                    v.WriteNumber("after", count.After);
                    v.WriteEndObject();
                });
                Array(w, "addedFindings", change.AddedFindings, static (v, s) => v.WriteStringValue(s));
                Array(w, "resolvedFindings", change.ResolvedFindings, static (v, s) => v.WriteStringValue(s));
                w.WriteEndObject();
            });
            json.WriteEndObject();
            json.WriteStartObject("findings");
            Array(json, "added", diff.AddedFindings, OutputWireFormat.Finding.Write);
            Array(json, "resolved", diff.ResolvedFindings, OutputWireFormat.Finding.Write);
            Array(json, "changed", diff.ChangedFindings, static (w, change) =>
            {
                StartChange(w, change.Id, change.Before, change.After, OutputWireFormat.Finding.Write);
                w.WriteEndObject();
            });
            json.WriteEndObject();
            Array(json, "figures", diff.Figures, static (w, change) =>
            {
                w.WriteStartObject();
                if (change.Incident is not null)
                {
                    w.WriteString("incident", change.Incident);
                }

                w.WriteString("measure", change.Measure);
                foreach (var (name, range) in new[] { ("before", change.Before), ("after", change.After) })
                {
                    if (range is not null)
                    {
                        w.WritePropertyName(name);
                        OutputWireFormat.Range.Write(w, range);
                    }
                }

                w.WriteEndObject();
            });
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Array<T>(Utf8JsonWriter writer, string name, ValueList<T> items, Action<Utf8JsonWriter, T> write)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            write(writer, item);
        }

        writer.WriteEndArray();
    }
}
