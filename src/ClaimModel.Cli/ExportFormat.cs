namespace ClaimModel.Cli;

/// <summary>One format of <c>claimmodel export</c>: its <c>--format</c> name, its help text and how it writes the
/// corpus. A new format is one entry of <see cref="All"/>.</summary>
/// <param name="Name">The <c>--format</c> value.</param>
/// <param name="Description">What the format is, for the help.</param>
/// <param name="Write">Writes the export, ending with a line feed (<see cref="ExportInput"/> gives the corpus, the review input, the IRI
/// options and, analysed on first use, the contradiction report).</param>
internal sealed record ExportFormat(string Name, string Description, Action<ExportInput, TextWriter> Write)
{
    /// <summary>Every format, the default first.</summary>
    public static IReadOnlyList<ExportFormat> All { get; } =
    [
        new("claimreview", "schema.org JSON-LD: a ClaimReview skeleton per claim and denial, its itemReviewed the schema.org Claim",
            static (input, output) =>
            {
                Export.ClaimReviewWriter.Write(input.Document, output, input.Review, input.Options);
                output.Write('\n');
            }),
        new("prov", "W3C PROV-O as JSON-LD (context inline)",
            static (input, output) =>
            {
                Export.ProvJsonLdWriter.Write(input.Document, output, input.Options);
                output.Write('\n');
            }),
        new("prov-turtle", "W3C PROV-O as Turtle",
            static (input, output) => Export.ProvTurtleWriter.Write(input.Document, output, input.Options)),
        new("dot", "the who-accuses-whom graph as Graphviz DOT (sides as clusters, voices and outlets as nodes)",
            static (input, output) => Reporting.AccusationGraphWriter.WriteDot(input.Report, output)),
        new("mermaid", "the who-accuses-whom graph as a Mermaid flowchart",
            static (input, output) => Reporting.AccusationGraphWriter.WriteMermaid(input.Report, output)),
    ];

    /// <summary>The format named <paramref name="name"/> (ignoring case), or <see langword="null"/>.</summary>
    public static ExportFormat? Find(string name) =>
        All.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The names, for messages: <c>claimreview, prov, prov-turtle, dot, mermaid</c>.</summary>
    public static string Names => string.Join(", ", All.Select(f => f.Name));
}
