using ClaimModel.Engine;

namespace ClaimModel.Disputes;

/// <summary>The findings disputes are built from, by position: a report's <see cref="FindingList"/> (read in compact
/// form, none made), or findings added one by one (a stream's, a tracker's), kept as <see cref="DisputedFinding"/>s. A
/// dispute holds positions (four bytes a finding), not findings.</summary>
internal sealed class DisputedFindings
{
    private readonly FindingList? _report;
    private readonly List<DisputedFinding>? _added;

    /// <summary>The findings of a report.</summary>
    /// <param name="report">The report's findings.</param>
    public DisputedFindings(FindingList report) => _report = report;

    /// <summary>Findings to be added one by one (<see cref="Add"/>).</summary>
    public DisputedFindings() => _added = [];

    /// <summary>The id of the finding at <paramref name="position"/>.</summary>
    public string IdAt(int position) => _report?.IdAt(position) ?? _added![position].Id;

    /// <summary>The compact finding at <paramref name="position"/> (its id not computed).</summary>
    public CompactFinding CompactAt(int position) => _report?.CompactAt(position) ?? _added![position].Finding;

    /// <summary>Adds a finding; returns its position.</summary>
    /// <param name="finding">The finding.</param>
    public int Add(DisputedFinding finding)
    {
        _added!.Add(finding);
        return _added.Count - 1;
    }
}
