using System.Globalization;
using System.Text;
using ClaimModel.Engine;
using ClaimModel.Serialization;

namespace ClaimModel.Reporting;

/// <summary>Renders a report in a chosen <see cref="ReportFormat"/>.</summary>
public static class ReportRenderer
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The report in <paramref name="format"/>; every format ends with exactly one LF.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined format.</exception>
    public static string Render(ContradictionReport report, ReportFormat format)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        Render(report, format, text);
        return text.ToString();
    }

    /// <summary>Writes the report in <paramref name="format"/> to <paramref name="writer"/> — the same text as
    /// <see cref="Render(ContradictionReport, ReportFormat)"/>, ending with one LF — piece by piece, so that a large
    /// report is never held in memory as one string. The writer is not flushed or closed.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">The writer to write to.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined format (nothing is written).</exception>
    public static void Render(ContradictionReport report, ReportFormat format, TextWriter writer) => Render(report, format, writer, ReportDetail.Findings);

    /// <summary>As <see cref="Render(ContradictionReport, ReportFormat, TextWriter)"/>, showing <paramref name="detail"/>
    /// in text and Markdown (the JSON report always holds everything).</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="writer">The writer to write to.</param>
    /// <param name="detail">How much text and Markdown show.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined format (nothing is written).</exception>
    public static void Render(ContradictionReport report, ReportFormat format, TextWriter writer, ReportDetail detail)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        switch (format)
        {
            case ReportFormat.Text:
                ReportTextWriter.Write(report, writer, detail);
                break;
            case ReportFormat.Json:
                ReportJsonWriter.Write(report, writer);
                writer.Write('\n');
                break;
            case ReportFormat.Markdown:
                ReportMarkdownWriter.Write(report, writer, detail);
                break;
            case ReportFormat.Html:
                ReportHtmlWriter.Write(report, writer, detail);
                break;
            default:
                throw UnknownFormat(format);
        }
    }

    /// <summary>Writes the report in <paramref name="format"/> to <paramref name="stream"/> as UTF-8 without a byte
    /// order mark — the bytes of <see cref="Render(ContradictionReport, ReportFormat)"/>, ending with one LF — piece by
    /// piece, so that a large report is never held in memory. The stream is left open.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <param name="stream">The stream to write to.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined format (nothing is written).</exception>
    public static void Render(ContradictionReport report, ReportFormat format, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(stream);
        switch (format)
        {
            case ReportFormat.Json:
                ReportJsonWriter.Write(report, stream);
                stream.WriteByte((byte)'\n');
                break;
            case ReportFormat.Text or ReportFormat.Markdown or ReportFormat.Html:
                using (var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 16 * 1024, leaveOpen: true))
                {
                    Render(report, format, writer);
                }

                break;
            default:
                throw UnknownFormat(format);
        }
    }

    private static ArgumentOutOfRangeException UnknownFormat(ReportFormat format) =>
        new(nameof(format), format, "Unknown report format.");

    /// <summary>The format names, for help and error text: "text, json, markdown, html".</summary>
    public static string FormatNames => EnumText<ReportFormat>.AllNames;

    /// <summary>Parses a format name (kebab-case, exact: <c>text</c>, <c>json</c>, <c>markdown</c>, <c>html</c>).</summary>
    /// <param name="name">The name.</param>
    /// <param name="format">The format, when the name is known.</param>
    public static bool TryParseFormat(string name, out ReportFormat format) => EnumText<ReportFormat>.TryParse(name, out format);
}
