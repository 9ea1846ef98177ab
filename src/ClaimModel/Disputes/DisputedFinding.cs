using ClaimModel.Engine;

namespace ClaimModel.Disputes;

/// <summary>A finding as a dispute holds it: its compact form (kind, incident, entries; no participants or text) and its
/// id, so building disputes never makes the findings.</summary>
/// <param name="Finding">The compact finding.</param>
/// <param name="Id">Its id (<see cref="Engine.Finding.Id"/>).</param>
internal readonly record struct DisputedFinding(CompactFinding Finding, string Id)
{
    /// <summary>The finding as a dispute holds it (its id computed if it was not yet).</summary>
    /// <param name="finding">A finding of the engine.</param>
    public static DisputedFinding Of(Finding finding) => new(finding.Compact, finding.Id);
}
