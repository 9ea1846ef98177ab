namespace ClaimModel.Engine;

/// <summary>How far an analysis has got (<see cref="ContradictionDetector.Analyze(IEnumerable{ClaimDocument}, DetectionOptions?, IProgress{AnalysisProgress}?, CancellationToken)"/>):
/// reported once before the first claim, then after each run of at most <see cref="ContradictionDetector.ProgressStride"/>
/// claims or denials of a document; the last report has <c>RecordsAdded == RecordCount</c> (the report is then sorted
/// and built, which is quick).</summary>
/// <remarks>Value equality over every member.</remarks>
/// <param name="RecordsAdded">The claims and denials added so far.</param>
/// <param name="RecordCount">The claims and denials of all documents.</param>
public sealed record AnalysisProgress(int RecordsAdded, int RecordCount);
