namespace ClaimModel.Engine;

/// <summary>What a <see cref="ConsistentComparison"/> compared. JSON and report text: kebab-case. The declaration
/// order is part of the sort key of <see cref="ContradictionReport.ConsistentComparisons"/>.</summary>
public enum ComparisonKind
{
    /// <summary>Two figures of one measure (quantity figures, or the radii of two presence statements).</summary>
    Figure,
    /// <summary>Two occurrence times of one incident.</summary>
    Time,
    /// <summary>Two counts of one running total (<see cref="Figure.Cumulative"/>) where the later one is higher: an
    /// update, not a conflict ("at least 27 killed", then "the death toll has climbed to 55").</summary>
    Update,
}
