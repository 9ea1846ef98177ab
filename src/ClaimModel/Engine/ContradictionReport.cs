namespace ClaimModel.Engine;

/// <summary>All findings of an analysis, in a deterministic order: a stable snapshot.</summary>
/// <remarks>
/// <para>Sort key: <see cref="Finding.Incident"/> (ordinal, findings without incident first), then
/// <see cref="Finding.Kind"/> (declaration order), then the participants' ids in canonical order (ordinal,
/// element by element, shorter first).</para>
/// <para>Value equality over every member, <see cref="Findings"/> element by element.</para>
/// </remarks>
public sealed record ContradictionReport
{
    /// <summary>The wire-format version of the report JSON (2: findings have ids; incidents with their disputes and
    /// figure ranges; history).</summary>
    public const int CurrentFormatVersion = 2;

    /// <summary>The findings, sorted; each is made the first time it is read (<see cref="FindingList"/>).</summary>
    public required FindingList Findings { get; init; }

    /// <summary>The figure and time comparisons that came out consistent, sorted like the findings (incident,
    /// <see cref="ConsistentComparison.Kind"/>, participant ids); empty unless the analysis ran with
    /// <see cref="DetectionOptions.IncludeConsistentComparisons"/>.</summary>
    public ValueList<ConsistentComparison> ConsistentComparisons { get; init; }

    /// <summary>The claims a later claim of the same voice superseded or retracted, by claim id: they have left
    /// <see cref="Findings"/> and <see cref="ConsistentComparisons"/>.</summary>
    public ValueList<ClaimRevision> History { get; init; }

    /// <summary>The quantity figures the engine compared (none in a report made outside the engine), for the figure
    /// ranges of <see cref="Disputes.DisputeAnalyzer"/>; revised claims left out. Without revisions, the first entries of
    /// the index's own array (below the published count, never written again), not a copy.</summary>
    internal ReadOnlyMemory<ClaimEntry> Figures { get; init; }

    /// <summary>The incidents the engine knew, by id.</summary>
    internal IReadOnlyDictionary<string, Incident> IncidentRecords { get; init; } = new Dictionary<string, Incident>();

    /// <summary>The sources the engine knew, by id (reports show them by outlet and link them).</summary>
    internal IReadOnlyDictionary<string, Source> SourceRecords { get; init; } = new Dictionary<string, Source>();

    /// <summary>What the analysis left out because it reached its <see cref="DetectionOptions.Budget"/>;
    /// <see langword="null"/> when the report is complete.</summary>
    public AnalysisTruncation? Truncation { get; init; }

    /// <summary>Whether the analysis reached its budget (<see cref="Truncation"/> is set): the findings are not all
    /// there are.</summary>
    public bool IsTruncated => Truncation is not null;

    /// <summary>How many claims were analysed.</summary>
    public required int ClaimCount { get; init; }

    /// <summary>How many denials were analysed.</summary>
    public required int DenialCount { get; init; }

    /// <summary>How many findings have <paramref name="kind"/>. O(findings), none made.</summary>
    /// <param name="kind">The kind to count.</param>
    public int CountOf(FindingKind kind) => Count(static (finding, kind) => finding.Kind == kind, kind);

    /// <summary>How many findings have <paramref name="severity"/>. O(findings), none made.</summary>
    /// <param name="severity">The severity to count.</param>
    public int CountOf(Severity severity) => Count(static (finding, severity) => finding.Severity == severity, severity);

    private int Count<TValue>(Func<CompactFinding, TValue, bool> matches, TValue value)
    {
        var count = 0;
        for (var i = 0; i < Findings.Count; i++)
        {
            if (matches(Findings.CompactAt(i), value))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Equality over the public members (the engine's working data for disputes is not part of it).</summary>
    /// <param name="other">The other report.</param>
    public bool Equals(ContradictionReport? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Findings.Equals(other.Findings)
            && ConsistentComparisons.Equals(other.ConsistentComparisons)
            && History.Equals(other.History)
            && Equals(Truncation, other.Truncation)
            && ClaimCount == other.ClaimCount
            && DenialCount == other.DenialCount);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Findings, ConsistentComparisons, History, Truncation, ClaimCount, DenialCount);
}
