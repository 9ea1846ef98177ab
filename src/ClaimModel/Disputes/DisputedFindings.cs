using ClaimModel.Engine;

namespace ClaimModel.Disputes;

/// <summary>The findings disputes are built from, by position: a report's <see cref="FindingList"/> (read in compact
/// form, none made), or findings added one by one (a stream's, a tracker's), kept in compact form in chunks (no copy as
/// they grow) with their ids. A dispute holds positions (four bytes a finding), not findings.</summary>
internal sealed class DisputedFindings
{
    private readonly FindingList? _report;
    private readonly List<string>? _ids;
    private CompactFinding[][] _added = [];

    /// <summary>The findings of a report.</summary>
    /// <param name="report">The report's findings.</param>
    public DisputedFindings(FindingList report) => _report = report;

    /// <summary>Findings to be added one by one (<see cref="Add"/>).</summary>
    public DisputedFindings() => _ids = [];

    /// <summary>The id of the finding at <paramref name="position"/>.</summary>
    public string IdAt(int position) => _report?.IdAt(position) ?? _ids![position];

    /// <summary>The compact finding at <paramref name="position"/> (its id not computed).</summary>
    public CompactFinding CompactAt(int position) =>
        _report is { } report ? report.CompactAt(position) : CompactFindingChunks.At(_added, CheckedPosition(position));

    /// <summary>Adds a finding; returns its position.</summary>
    /// <param name="finding">The finding.</param>
    public int Add(DisputedFinding finding)
    {
        var position = _ids!.Count;
        CompactFindingChunks.Append(ref _added, position, finding.Finding);
        _ids.Add(finding.Id);
        return position;
    }

    private int CheckedPosition(int position) => (uint)position < (uint)_ids!.Count ? position : throw new ArgumentOutOfRangeException(nameof(position));
}
