using ClaimModel.Engine;

namespace ClaimModel.Disputes;

/// <summary>Keeps the disputes of an incremental analysis up to date: feed it what
/// <see cref="ContradictionIndex.AddClaim"/> and <see cref="ContradictionIndex.AddDenial"/> (or
/// <see cref="ContradictionIndex.AddDocument"/>) return, and it says which disputes each add created or changed.</summary>
/// <remarks>
/// <para>After any sequence of adds, <see cref="Disputes"/> equals <see cref="DisputeAnalyzer.Analyze"/>'s disputes of
/// the index's report — ids and content — whatever the order of the adds (tested by property). An add costs
/// O(new findings) (times a logarithm for the voices and positions it lands in); a dispute is materialised when
/// <see cref="Disputes"/> or <see cref="Get"/> is read after it changed (O(its findings)).</para>
/// <para>Only findings come in, so what takes findings away or changes existing ones is not seen: a claim that
/// supersedes or retracts another, or an identity link or affiliation added after the claims it joins. After such an
/// add, <see cref="Reset"/> with the index's report (O(report)). A finding fed twice (same <see cref="Finding.Id"/>) is
/// counted once. One writer at a time, like the index.</para>
/// </remarks>
public sealed class DisputeTracker
{
    private readonly Dictionary<DisputeKey, DisputeBuilder> _builders = [];
    private readonly Dictionary<string, DisputeKey> _byId = new(StringComparer.Ordinal);
    private readonly HashSet<string> _findings = new(StringComparer.Ordinal);
    private readonly Dictionary<DisputeKey, Dispute> _built = [];
    private ValueList<Dispute>? _all;

    /// <summary>How many findings the disputes hold.</summary>
    public int FindingCount => _findings.Count;

    /// <summary>Every dispute, in the order of <see cref="DisputeReport.Disputes"/> (by incident, general ones first,
    /// then question, then subject).</summary>
    public ValueList<Dispute> Disputes
    {
        get
        {
            if (_all is { } all)
            {
                return all;
            }

            var keys = _builders.Keys.ToList();
            keys.Sort();
            _all = ValueList.From(keys.Select(Build));
            return _all.Value;
        }
    }

    /// <summary>The dispute with <paramref name="id"/>, or <see langword="null"/>.</summary>
    /// <param name="id">A dispute id.</param>
    public Dispute? Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out var key) ? Build(key) : null;
    }

    /// <summary>Adds the findings an add returned; says which disputes were created and which changed.</summary>
    /// <param name="findings">The new findings (of the engine; findings made outside it carry too little to be placed
    /// and are left out, as <see cref="DisputeAnalyzer.Analyze"/> leaves them out).</param>
    public DisputeUpdate Add(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var created = new SortedSet<string>(StringComparer.Ordinal);
        var changed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var finding in findings)
        {
            if (DisputeAnalyzer.KeyOf(finding) is not { } key || !_findings.Add(finding.Id))
            {
                continue;
            }

            if (!_builders.TryGetValue(key, out var builder))
            {
                _builders.Add(key, builder = new DisputeBuilder(key));
                _byId.Add(key.Id, key);
                created.Add(key.Id);
            }
            else if (!created.Contains(key.Id))
            {
                changed.Add(key.Id);
            }

            builder.Add(finding);
            _built.Remove(key);
            _all = null;
        }

        return new DisputeUpdate { Created = ValueList.From(created), Changed = ValueList.From(changed) };
    }

    /// <summary>Starts again from <paramref name="report"/> (the index's <see cref="ContradictionIndex.GetReport"/>): for
    /// the adds findings alone do not show (revisions, identity links added late). Says which disputes are new or
    /// changed against what was tracked (a dispute that is gone is in neither; compare <see cref="Disputes"/>).</summary>
    /// <param name="report">The report.</param>
    public DisputeUpdate Reset(ContradictionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var before = Disputes.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _builders.Clear();
        _byId.Clear();
        _findings.Clear();
        _built.Clear();
        _all = null;
        Add(report.Findings);
        return new DisputeUpdate
        {
            Created = ValueList.From(Disputes.Where(d => !before.ContainsKey(d.Id)).Select(d => d.Id).Order(StringComparer.Ordinal)),
            Changed = ValueList.From(Disputes.Where(d => before.TryGetValue(d.Id, out var old) && !old.Equals(d)).Select(d => d.Id).Order(StringComparer.Ordinal)),
        };
    }

    private Dispute Build(DisputeKey key)
    {
        if (!_built.TryGetValue(key, out var dispute))
        {
            _built.Add(key, dispute = _builders[key].Build());
        }

        return dispute;
    }
}
