using ClaimModel.Engine;
using ClaimModel.Export;

namespace ClaimModel.Cli;

/// <summary>What an <see cref="ExportFormat"/> writes from: the merged, valid corpus, the reviews given with
/// <c>--review</c>, the IRI options, and the contradiction report (analysed with the options of
/// <c>claimmodel analyze</c>, on first use only).</summary>
internal sealed class ExportInput(ClaimDocument document, ClaimReviewInput? review, ExportOptions options)
{
    private ContradictionReport? _report;

    public ClaimDocument Document { get; } = document;

    public ClaimReviewInput? Review { get; } = review;

    public ExportOptions Options { get; } = options;

    public ContradictionReport Report => _report ??= ContradictionDetector.Analyze(Document, AnalyzeCommand.Options);
}
