namespace ClaimModel.Engine;

/// <summary>The report last built from a snapshot, so repeated <see cref="ContradictionIndex.GetReport"/> calls
/// without adds in between return the same instance.</summary>
/// <param name="Snapshot">The snapshot the report was built from.</param>
/// <param name="Report">The report.</param>
internal sealed record ReportCache(IndexSnapshot Snapshot, ContradictionReport Report);
