namespace ClaimModel.Reporting;

/// <summary>The output formats of a contradiction report. Command line: kebab-case (<c>text</c>, <c>json</c>,
/// <c>markdown</c>, <c>html</c>).</summary>
public enum ReportFormat
{
    /// <summary>Plain text for people (<see cref="ReportTextWriter"/>).</summary>
    Text,
    /// <summary>JSON with the model's conventions (<see cref="ReportJsonWriter"/>).</summary>
    Json,
    /// <summary>Markdown (<see cref="ReportMarkdownWriter"/>).</summary>
    Markdown,
    /// <summary>One self-contained HTML file with charts and the who-accuses-whom graph (<see cref="ReportHtmlWriter"/>).</summary>
    Html,
}
