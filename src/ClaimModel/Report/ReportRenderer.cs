using ClaimModel.Engine;
using ClaimModel.Serialization;

namespace ClaimModel.Reporting;

/// <summary>Renders a report in a chosen <see cref="ReportFormat"/>.</summary>
public static class ReportRenderer
{
    /// <summary>The report in <paramref name="format"/>; every format ends with exactly one LF.</summary>
    /// <param name="report">The report.</param>
    /// <param name="format">The format.</param>
    /// <exception cref="ArgumentOutOfRangeException">An undefined format.</exception>
    public static string Render(ContradictionReport report, ReportFormat format) => format switch
    {
        ReportFormat.Text => ReportTextWriter.Write(report),
        ReportFormat.Json => ReportJsonWriter.Write(report) + "\n",
        ReportFormat.Markdown => ReportMarkdownWriter.Write(report),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>The format names, for help and error text: "text, json, markdown".</summary>
    public static string FormatNames => EnumText<ReportFormat>.AllNames;

    /// <summary>Parses a format name (kebab-case, exact: <c>text</c>, <c>json</c>, <c>markdown</c>).</summary>
    /// <param name="name">The name.</param>
    /// <param name="format">The format, when the name is known.</param>
    public static bool TryParseFormat(string name, out ReportFormat format) => EnumText<ReportFormat>.TryParse(name, out format);
}
