using ClaimModel.Engine;

namespace ClaimModel.Disputes;

/// <summary>Keeps the disputes of an incremental analysis up to date: made for a <see cref="ContradictionIndex"/>, feed
/// it what <see cref="ContradictionIndex.AddClaim"/> and <see cref="ContradictionIndex.AddDenial"/> (or
/// <see cref="ContradictionIndex.AddDocument"/>) return, call <see cref="Update"/> after
/// <see cref="ContradictionIndex.AddActor"/>, and it says which disputes each add created, changed or removed.</summary>
/// <remarks>
/// <para>After any sequence of adds, <see cref="Disputes"/> equals <see cref="DisputeAnalyzer.Analyze"/>'s disputes of
/// the index's report — ids and content — whatever the order of the adds (tested by property), with no
/// <see cref="Reset"/>: a tracker made with <see cref="DisputeTracker(ContradictionIndex)"/> reads the index's change log
/// at each <see cref="Add"/> and <see cref="Update"/>, so it also takes in what findings do not show. A claim that
/// supersedes or retracts another takes the findings naming that claim out of their disputes (a dispute left with
/// none is removed); an identity link, or a spokesperson-for or official-of affiliation, added after the claims it joins
/// merges their voices, and the disputes where those actors speak are rebuilt.</para>
/// <para>Cost: an add costs O(new findings): it holds each in its dispute, which places the findings it holds in their
/// positions and voices (times a logarithm for those it lands in) when it is read, or when a revision or a voice change
/// needs to know who takes part — the same work as placing them at once, done only when something needs it. A revision
/// or a voice change costs O(findings of the disputes it touches), found through the claims and claimants of each
/// dispute, never by a walk over all disputes; a dispute is materialised when <see cref="Disputes"/> or
/// <see cref="Get"/> is read after it changed (O(its findings)).</para>
/// <para>A tracker made with <see cref="DisputeTracker()"/> sees only the findings it is fed: after a revision or a
/// late identity link it needs <see cref="Reset"/> with the index's report (O(report)). A finding fed twice (same
/// <see cref="Finding.Id"/>) is counted once. An actor added late changes voices, not sides: the index files claims
/// under the sides known when they are added. One writer at a time, like the index (on the index's writer
/// thread).</para>
/// </remarks>
public sealed class DisputeTracker
{
    private readonly ContradictionIndex? _index;
    private readonly Dictionary<DisputeKey, DisputeBuilder> _builders = [];
    private readonly Dictionary<string, DisputeKey> _byId = new(StringComparer.Ordinal);
    private readonly HashSet<string> _findings = new(StringComparer.Ordinal);

    /// <summary>The findings taken in since the last <see cref="Reset"/>, by position (the disputes hold positions).</summary>
    private DisputedFindings _store = new();
    /// <summary>Each dispute as last built, by its number (<see cref="DisputeBuilder.Number"/>); <see langword="null"/>
    /// while it changed since.</summary>
    private readonly List<Dispute?> _built = [];

    // With an index only: the claims revised so far, and the disputes each claim and each claimant takes part in.
    private readonly HashSet<string> _revised = new(StringComparer.Ordinal);
    private readonly DisputesByName _byClaim = new();
    private readonly DisputesByName _byClaimant = new();

    /// <summary>The key of each dispute by the number it was given when it appeared (<see cref="DisputeBuilder.Number"/>;
    /// the numbers <see cref="_byClaim"/> and <see cref="_byClaimant"/> hold).</summary>
    private readonly List<DisputeKey> _numbered = [];
    private readonly List<Entry> _joined = [];

    /// <summary>The builders given findings to place since the list was last emptied (<see cref="PlaceAll"/>): an add
    /// holds its findings in their disputes, which place them when read or when a change needs to know who takes part.</summary>
    private readonly List<DisputeBuilder> _held = [];
    private IndexChangeMark _read;
    private ValueList<Dispute>? _all;

    /// <summary>What the add being taken in did, cleared at each (one writer at a time).</summary>
    private readonly UpdateBuilder _update = new();

    /// <summary>Creates a tracker that sees only the findings it is fed (after a revision or an identity link added
    /// late, <see cref="Reset"/> it with the index's report).</summary>
    public DisputeTracker()
    {
    }

    /// <summary>Creates a tracker for <paramref name="index"/>: besides the findings it is fed, it reads what the
    /// index's adds revised and which voices they changed, so that it needs no <see cref="Reset"/>. Make it before the
    /// first add, or <see cref="Reset"/> it with the index's report.</summary>
    /// <param name="index">The index whose adds' findings it is fed.</param>
    public DisputeTracker(ContradictionIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        _index = index;
    }

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

    /// <summary>Adds the findings an add returned, after taking in what the index changed that findings do not show
    /// (with an index: <see cref="Update"/>); says which disputes were created, changed or removed.</summary>
    /// <param name="findings">The new findings (of the engine; findings made outside it carry too little to be placed
    /// and are left out, as <see cref="DisputeAnalyzer.Analyze"/> leaves them out; findings naming a claim the index
    /// has revised are left out, as the index's report leaves them out).</param>
    public DisputeUpdate Add(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var update = _update;
        update.Clear();
        ReadChanges(update);
        if (findings is IReadOnlyList<Finding> list)
        {
            // What an add returns: a list, read without an enumerator.
            for (var i = 0; i < list.Count; i++)
            {
                AddFinding(DisputedFinding.Of(list[i]), update);
            }
        }
        else
        {
            foreach (var finding in findings)
            {
                AddFinding(DisputedFinding.Of(finding), update);
            }
        }

        return update.Build();
    }

    /// <summary>Takes in what the index changed since the last <see cref="Add"/> or <see cref="Update"/> that findings
    /// do not show — claims revised, voices changed (after <see cref="ContradictionIndex.AddActor"/>) — and says which
    /// disputes changed or were removed. O(findings of the disputes touched).</summary>
    /// <exception cref="InvalidOperationException">The tracker was made without an index.</exception>
    public DisputeUpdate Update()
    {
        if (_index is null)
        {
            throw new InvalidOperationException("DisputeTracker.Update reads an index's changes: make the tracker with new DisputeTracker(index), or Reset it with the index's report.");
        }

        return Add([]);
    }

    /// <summary>Starts again from <paramref name="report"/> (the index's <see cref="ContradictionIndex.GetReport"/>), at
    /// O(report). Says which disputes are new, changed or gone against what was tracked.</summary>
    /// <param name="report">The report.</param>
    public DisputeUpdate Reset(ContradictionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var before = Disputes.ToDictionary(d => d.Id, StringComparer.Ordinal);
        if (_index is not null)
        {
            // The report already leaves out what was revised and shows the voices as they are.
            var changes = _index.ChangesSince(_read);
            _read = changes.Next;
            foreach (var revision in changes.Revisions.Span)
            {
                _revised.Add(revision.Claim);
            }
        }

        _builders.Clear();
        _byId.Clear();
        _findings.Clear();
        _store = new DisputedFindings();
        _built.Clear();
        _byClaim.Clear();
        _byClaimant.Clear();
        _numbered.Clear();
        _held.Clear();
        _all = null;
        var update = _update;
        update.Clear();
        var findings = report.Findings;
        for (var i = 0; i < findings.Count; i++)
        {
            // From the compact findings: the tracker makes no finding.
            AddFinding(new DisputedFinding(findings.CompactAt(i), findings.IdAt(i)), update);
        }

        var after = Disputes;
        return new DisputeUpdate
        {
            Created = ValueList.From(after.Where(d => !before.ContainsKey(d.Id)).Select(d => d.Id).Order(StringComparer.Ordinal)),
            Changed = ValueList.From(after.Where(d => before.TryGetValue(d.Id, out var old) && !old.Equals(d)).Select(d => d.Id).Order(StringComparer.Ordinal)),
            Removed = ValueList.From(before.Keys.Where(id => !_byId.ContainsKey(id)).Order(StringComparer.Ordinal)),
        };
    }

    private void AddFinding(DisputedFinding finding, UpdateBuilder update)
    {
        if (DisputeAnalyzer.KeyOf(finding.Finding) is not { } key
            || (_revised.Count > 0 && finding.Finding.IsRevised(_revised.Contains))
            || !_findings.Add(finding.Id))
        {
            return; // made outside the engine, history, or fed before
        }

        if (!_builders.TryGetValue(key, out var builder))
        {
            _builders.Add(key, builder = new DisputeBuilder(key, _store) { Number = _numbered.Count });
            _numbered.Add(key);
            _built.Add(null);
            _byId.Add(builder.Id, key);
            update.Appeared(builder.Id);
        }
        else
        {
            update.Changed(builder.Id);
        }

        Hold(builder, _store.Add(finding));
        _built[builder.Number] = null;
        _all = null;
    }

    /// <summary>Reads the index's change log and rebuilds the disputes it touches: those holding a finding that names a
    /// claim revised since, and those where an actor whose voice changed speaks.</summary>
    private void ReadChanges(UpdateBuilder update)
    {
        if (_index is null)
        {
            return;
        }

        var changes = _index.ChangesSince(_read);
        _read = changes.Next;
        if (changes.IsEmpty)
        {
            return;
        }

        PlaceAll(); // the claims and claimants of every dispute, noted
        var touched = new HashSet<int>();
        foreach (var revision in changes.Revisions.Span)
        {
            if (_revised.Add(revision.Claim))
            {
                _byClaim.CopyTo(revision.Claim, touched);
            }
        }

        foreach (var actor in changes.Revoiced.Span)
        {
            _byClaimant.CopyTo(actor, touched);
        }

        foreach (var number in touched)
        {
            Rebuild(_numbered[number], update);
        }
    }

    /// <summary>Builds a dispute again from its findings that are not history (O(its findings)); removes it when none
    /// is left.</summary>
    private void Rebuild(DisputeKey key, UpdateBuilder update)
    {
        if (!_builders.TryGetValue(key, out var old))
        {
            return;
        }

        // Names are noted once per dispute, not per finding: forget them all, then note those of the findings kept again.
        foreach (var at in old.Findings)
        {
            Forget(old.Number, old.Source.CompactAt(at));
        }

        var fresh = new DisputeBuilder(key, old.Source) { Number = old.Number };
        foreach (var at in old.Findings)
        {
            if (old.Source.CompactAt(at).IsRevised(_revised.Contains))
            {
                _findings.Remove(old.Source.IdAt(at));
            }
            else
            {
                Hold(fresh, at);
            }
        }

        _built[old.Number] = null;
        _all = null;
        if (fresh.FindingCount == 0)
        {
            _builders.Remove(key);
            _byId.Remove(old.Id);
            update.Vanished(old.Id);
            return;
        }

        _builders[key] = fresh;
        update.Changed(old.Id);
    }

    /// <summary>Holds a finding in a dispute, to be placed when the dispute is read or a change needs its names.</summary>
    private void Hold(DisputeBuilder builder, int at)
    {
        if (!builder.Queued)
        {
            builder.Queued = true;
            _held.Add(builder);
        }

        builder.Hold(at);
    }

    /// <summary>Places the findings every dispute holds (<see cref="Place"/>), and empties the list.</summary>
    private void PlaceAll()
    {
        foreach (var builder in _held)
        {
            builder.Queued = false;
            if (builder.HasHeld && _builders.TryGetValue(builder.Key, out var current) && ReferenceEquals(current, builder))
            {
                Place(builder);
            }
        }

        _held.Clear();
    }

    /// <summary>Places the findings a dispute holds and, with an index, notes the claims and claimants they bring in
    /// (each entry once per dispute, so that an add costs no more per finding than without an index).</summary>
    private void Place(DisputeBuilder builder)
    {
        if (_index is null)
        {
            builder.Place();
            return;
        }

        _joined.Clear();
        builder.Place(_joined);
        foreach (var entry in _joined)
        {
            if (entry.Role == ParticipantRole.Claim)
            {
                _byClaim.Add(entry.Id, builder.Number);
            }

            _byClaimant.Add(entry.Claimant.Id, builder.Number);
        }
    }

    /// <summary>Forgets that the finding's claims and claimants take part in the dispute, with an index only.</summary>
    private void Forget(int number, in CompactFinding finding)
    {
        Forget(number, finding.Explanation.First!);
        Forget(number, finding.Explanation.Second!);
    }

    private void Forget(int number, Entry entry)
    {
        if (entry.Role == ParticipantRole.Claim)
        {
            _byClaim.Remove(entry.Id, number);
        }

        _byClaimant.Remove(entry.Claimant.Id, number);
    }

    private Dispute Build(DisputeKey key)
    {
        var builder = _builders[key];
        if (builder.HasHeld)
        {
            Place(builder);
        }

        return _built[builder.Number] ??= builder.Build();
    }

    /// <summary>What one add did to the disputes, by id: a dispute that was there before the add and is there after it
    /// changed; one that was not there before is created; one that is gone is removed. One builder per tracker, cleared
    /// for each add (its sets keep their room), and an add that touched no dispute gives the one empty update (most adds
    /// find nothing).</summary>
    private sealed class UpdateBuilder
    {
        private static readonly DisputeUpdate Untouched = new() { Created = [], Changed = [], Removed = [] };

        private readonly HashSet<string> _created = new(StringComparer.Ordinal);
        private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
        private readonly HashSet<string> _removed = new(StringComparer.Ordinal);

        public void Clear()
        {
            Clear(_created);
            Clear(_changed);
            Clear(_removed);
        }

        public void Appeared(string id)
        {
            if (_removed.Remove(id))
            {
                _changed.Add(id);
            }
            else
            {
                _created.Add(id);
            }
        }

        public void Changed(string id)
        {
            if (!_created.Contains(id))
            {
                _changed.Add(id);
            }
        }

        public void Vanished(string id)
        {
            if (!_created.Remove(id))
            {
                _changed.Remove(id);
                _removed.Add(id);
            }
        }

        public DisputeUpdate Build() => _created.Count == 0 && _changed.Count == 0 && _removed.Count == 0
            ? Untouched
            : new() { Created = Listed(_created), Changed = Listed(_changed), Removed = Listed(_removed) };

        /// <summary>Empties a set; one grown large by a rare big change (a late identity link) gives its room back.</summary>
        private static void Clear(HashSet<string> set)
        {
            var large = set.Count > 1024;
            set.Clear();
            if (large)
            {
                set.TrimExcess();
            }
        }

        private static ValueList<string> Listed(HashSet<string> set)
        {
            if (set.Count == 0)
            {
                return [];
            }

            var ids = new string[set.Count];
            set.CopyTo(ids);
            Array.Sort(ids, StringComparer.Ordinal);
            return new ValueList<string>(ids);
        }
    }
}
