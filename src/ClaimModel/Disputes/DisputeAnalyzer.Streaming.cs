using ClaimModel.Engine;

namespace ClaimModel.Disputes;

/// <summary>Disputes of an analysis whose findings are streamed, not kept.</summary>
public static partial class DisputeAnalyzer
{
    /// <summary>Analyses <paramref name="documents"/> (merged as by
    /// <see cref="ContradictionDetector.Analyze(IEnumerable{ClaimDocument}, DetectionOptions?)"/>) and hands each finding to
    /// <paramref name="onFinding"/> as it is found, in the order found (not report order), instead of keeping it in the
    /// report; keeps the disputes. For a corpus whose findings do not fit in memory: the findings handed over are not
    /// held once <paramref name="onFinding"/> returns (their explanations and ids are built when read, and not kept), and
    /// <see cref="AnalysisBudget.MaxFindings"/> does not cap them (<see cref="AnalysisBudget.MaxComparisons"/> still
    /// applies). The findings are those of the ordinary report without the cap: findings naming a claim that a claim of
    /// the input supersedes or retracts are left out.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="options">The policies; <see cref="DetectionOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="onFinding">Called once per finding, on the calling thread.</param>
    /// <remarks>The disputes hold what they list (positions, voices and each finding's place in report order) but no
    /// explanation text: O(findings) small values, not the findings' text.</remarks>
    public static StreamedAnalysis AnalyzeStreaming(IEnumerable<ClaimDocument> documents, DetectionOptions? options, Action<Finding> onFinding)
    {
        ArgumentNullException.ThrowIfNull(onFinding);
        var disputes = new DisputeSet(new DisputedFindings());
        var report = ContradictionDetector.AnalyzeStreaming(documents, options, finding =>
        {
            // The disputes keep the compact finding (no text) and the id, taken from the finding if the callback read it.
            onFinding(finding);
            disputes.Add(finding);
        }, out var streamed);
        return new StreamedAnalysis { Report = report, Disputes = disputes.ToReport(report), FindingCount = streamed };
    }
}
