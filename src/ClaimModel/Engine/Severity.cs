namespace ClaimModel.Engine;

/// <summary>How serious a <see cref="Finding"/> is. JSON and report text: kebab-case.</summary>
/// <remarks>
/// The rule: each kind has a base severity — <see cref="High"/> for <see cref="FindingKind.Denial"/>,
/// <see cref="FindingKind.ConflictingResponsibility"/>, <see cref="FindingKind.PresenceConflict"/> and
/// <see cref="FindingKind.SelfContradiction"/>; <see cref="Medium"/> for <see cref="FindingKind.FigureConflict"/>,
/// <see cref="FindingKind.TimeConflict"/>, <see cref="FindingKind.IntentConflict"/> and
/// <see cref="FindingKind.TargetConflict"/>; <see cref="Low"/> for <see cref="FindingKind.FigureDiscrepancy"/>.
/// It is lowered one step (never below <see cref="Info"/>) when any participant is not
/// <see cref="Modality.Asserted"/> (suggested or estimated).
/// </remarks>
public enum Severity
{
    /// <summary>Worth a look; nothing firmly asserted is at stake.</summary>
    Info,
    /// <summary>A small inconsistency (e.g. a figure discrepancy).</summary>
    Low,
    /// <summary>A real disagreement on figures or times, or a hedged disagreement on facts.</summary>
    Medium,
    /// <summary>Firmly asserted, incompatible accounts of who did what.</summary>
    High,
}
