namespace ClaimModel.Engine;

/// <summary>What kind of contradiction a <see cref="Finding"/> reports (DESIGN.md, "Contradictions"). JSON and
/// report text: kebab-case (<c>"conflicting-responsibility"</c>). The declaration order is part of the report
/// sort key.</summary>
public enum FindingKind
{
    /// <summary>A denial from another side targets a claim (by id) or negates its statement on the same incident
    /// (a general denial, without an incident, negates the statement on any incident). A denied responsibility that
    /// names targets matches only claims whose targets overlap them ("civilians" covers hospitals, schools, mosques,
    /// residential areas, civilians and infrastructure); a general one does not match claims naming no targets.</summary>
    Denial,
    /// <summary>Two sides name perpetrators of one incident whose sides (affiliation roots) are disjoint.</summary>
    ConflictingResponsibility,
    /// <summary>"X's forces were not within R of P during T" against a claim that X, or an affiliate of X,
    /// carried out an incident (or was present) at P within T.</summary>
    PresenceConflict,
    /// <summary>Figures of one measure about one subject/incident and period (or radii of presence statements about
    /// one actor and incident, "not within 12 miles") whose normalised intervals do not overlap, with a relative gap above <see cref="FigurePolicy.DiscrepancyMaxRelativeGap"/>.</summary>
    FigureConflict,
    /// <summary>As <see cref="FigureConflict"/>, with a relative gap at most
    /// <see cref="FigurePolicy.DiscrepancyMaxRelativeGap"/> ("510 sorties" vs "more than 510").</summary>
    FigureDiscrepancy,
    /// <summary>Occurrence times of one incident that do not overlap after zone normalisation and precision
    /// widening.</summary>
    TimeConflict,
    /// <summary>One side both asserts a statement and denies it.</summary>
    SelfContradiction,
    /// <summary>Two claims attribute the same act (one incident, the same actor or an affiliate of it) with intents
    /// that cannot both hold: deliberate or indiscriminate against accidental ("a deliberate strike on a known
    /// medical facility" vs "hit by mistake").</summary>
    IntentConflict,
    /// <summary>Two target accounts of one incident that cannot both hold: one says its targets were all that was hit
    /// (<see cref="TargetScope.Only"/>: "strikes hit only terrorists"), the other names a target those do not cover
    /// ("strikes targeted other opponents of the government").</summary>
    TargetConflict,
}
