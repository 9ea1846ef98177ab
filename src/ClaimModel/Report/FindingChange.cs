using ClaimModel.Engine;

namespace ClaimModel.Reporting;

/// <summary>A finding (same <see cref="Finding.Id"/>: the same kind, incident and participants) in both reports whose
/// content differs: its severity, what a participant says or its reports, its origins or its explanation.</summary>
/// <remarks>Value equality over every member.</remarks>
public sealed record FindingChange
{
    /// <summary>The finding in the older report.</summary>
    public required Finding Before { get; init; }

    /// <summary>The finding in the newer report.</summary>
    public required Finding After { get; init; }

    /// <summary>The finding's id.</summary>
    public string Id => After.Id;

    /// <summary>Whether the severity changed.</summary>
    public bool SeverityChanged => Before.Severity != After.Severity;
}
