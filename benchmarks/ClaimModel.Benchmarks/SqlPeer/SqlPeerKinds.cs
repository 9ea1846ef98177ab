using ClaimModel.Engine;

namespace ClaimModel.Benchmarks.SqlPeer;

/// <summary>The finding kinds the SQL peer computes, and the ones it leaves out (compared on neither side).</summary>
public static class SqlPeerKinds
{
    /// <summary>The kinds <c>findings.sql</c> computes: denials by id and by statement (with the target and intent
    /// rules) and the self-contradictions they become within one side, conflicting responsibility, figure
    /// conflicts and discrepancies.</summary>
    public static readonly IReadOnlySet<FindingKind> Covered = new HashSet<FindingKind>
    {
        FindingKind.Denial,
        FindingKind.SelfContradiction,
        FindingKind.ConflictingResponsibility,
        FindingKind.FigureConflict,
        FindingKind.FigureDiscrepancy,
    };

    /// <summary>The kinds left out: presence and time conflicts need the engine's time resolution (IANA zones,
    /// precision widening, relative days anchored on statements and publications) and, for presence, geodesic
    /// distances over grid cells; the synthetic corpus plants no intent or target conflicts.</summary>
    public static readonly IReadOnlySet<FindingKind> Excluded = new HashSet<FindingKind>(Enum.GetValues<FindingKind>().Where(k => !Covered.Contains(k)));

    /// <summary>The engine's findings of the covered kinds, reduced to the compared fields.</summary>
    /// <param name="report">The engine's report.</param>
    public static List<PeerFinding> EngineFindings(ContradictionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var kept = new List<PeerFinding>(report.Findings.Count);
        foreach (var finding in report.Findings)
        {
            if (Covered.Contains(finding.Kind))
            {
                kept.Add(PeerFinding.From(finding));
            }
        }

        return kept;
    }
}
