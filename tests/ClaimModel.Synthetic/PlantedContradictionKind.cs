namespace ClaimModel.Synthetic;

/// <summary>The kinds of contradiction <see cref="SyntheticCorpus"/> plants on purpose; each maps to one
/// finding kind of the engine (see DESIGN.md, "Contradictions").</summary>
public enum PlantedContradictionKind
{
    /// <summary>Another side's denial of a claim, by its id and/or by negating the same statement on the
    /// same incident.</summary>
    Denial,

    /// <summary>Two sides name unrelated perpetrators (different side roots) of one incident.</summary>
    ConflictingResponsibility,

    /// <summary>"X's forces were not within R of the incident place" against "X carried out the incident".</summary>
    PresenceConflict,

    /// <summary>Two exact figures of one measure, unit, subject and period whose values differ by a factor
    /// of about three (far beyond rounding and any reasonable tolerance).</summary>
    FigureConflict,

    /// <summary>Two day-precision occurrence times in the incident's zone three days apart.</summary>
    TimeConflict,

    /// <summary>One side asserts a statement and another actor of the same side denies that statement.</summary>
    SelfContradiction,
}
