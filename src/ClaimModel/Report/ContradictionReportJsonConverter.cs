using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimModel.Engine;

namespace ClaimModel.Reporting;

/// <summary>A write-only <see cref="JsonConverter{T}"/> for <see cref="ContradictionReport"/> (delegates to
/// <see cref="ReportJsonWriter"/>), for registration in shared <see cref="JsonSerializerOptions"/>.
/// Reports are outputs: reading one throws <see cref="NotSupportedException"/>.</summary>
public sealed class ContradictionReportJsonConverter : JsonConverter<ContradictionReport>
{
    /// <summary>Not supported: a report is an output of the engine, not an input.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="typeToConvert">The type.</param>
    /// <param name="options">The options.</param>
    /// <exception cref="NotSupportedException">Always.</exception>
    public override ContradictionReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("A contradiction report is written, not read; re-run the analysis instead.");

    /// <summary>Writes <paramref name="value"/> with <see cref="ReportJsonWriter.Write(Utf8JsonWriter, ContradictionReport)"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The report.</param>
    /// <param name="options">The options (unused: the format is fixed).</param>
    public override void Write(Utf8JsonWriter writer, ContradictionReport value, JsonSerializerOptions options) =>
        ReportJsonWriter.Write(writer, value);
}
