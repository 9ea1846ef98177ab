namespace ClaimModel.Engine;

/// <summary>What comparing a new claim with a group of equal answers (<see cref="AnswerGroup"/>) gives, for every
/// member of the group alike: the finding or consistent comparison to emit per member ("from entry": the new claim
/// is the earlier count of a running total; "to entry": it is the later one).</summary>
internal enum GroupOutcome
{
    /// <summary>Perpetrators on different sides (<see cref="FindingKind.ConflictingResponsibility"/>).</summary>
    Responsibility,

    /// <summary>Intents that cannot both hold.</summary>
    Intent,

    /// <summary>Figures whose intervals do not overlap.</summary>
    Figure,

    /// <summary>A running total lower later; the new claim is the earlier count.</summary>
    CumulativeFromEntry,

    /// <summary>A running total lower later; the new claim is the later count.</summary>
    CumulativeToEntry,

    /// <summary>A running total higher later (consistent); the new claim is the earlier count.</summary>
    UpdateFromEntry,

    /// <summary>A running total higher later (consistent); the new claim is the later count.</summary>
    UpdateToEntry,

    /// <summary>Figures whose intervals overlap (consistent).</summary>
    ConsistentFigure,

    /// <summary>Occurrence times that do not overlap.</summary>
    Time,

    /// <summary>Occurrence times that overlap (consistent).</summary>
    ConsistentTime,

    /// <summary>Target accounts of different sides: the new claim's "only" excludes a target the member names.</summary>
    TargetsEntryExclusive,

    /// <summary>Target accounts of different sides: the member's "only" excludes a target the new claim names.</summary>
    TargetsMemberExclusive,

    /// <summary>Target accounts of different sides, both "only", each excluding a target the other names.</summary>
    TargetsBothExclusive,
}
