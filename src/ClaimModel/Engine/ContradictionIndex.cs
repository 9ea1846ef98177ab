using System.Runtime.InteropServices;

namespace ClaimModel.Engine;

/// <summary>The incremental contradiction engine: add actors, sources and incidents, then claims and denials
/// one at a time; each add returns the findings it creates, and <see cref="GetReport"/> returns all of them.</summary>
/// <remarks>
/// <para><b>Order.</b> Add the actors, sources and incidents a claim refers to before the claim (sides,
/// publication dates, incident places and times are read when the claim is added; <see cref="AddDocument"/>
/// does so). Claims and denials may come in any order: a denial naming a claim id not yet added is matched
/// when the claim arrives. Given that, the report does not depend on the order of adds, and
/// <see cref="ContradictionDetector.Analyze(ClaimDocument, DetectionOptions?)"/> (which uses this class) gives the
/// same report as adding the same records one by one. A claim or denial whose id was already added is ignored.</para>
/// <para><b>Cost.</b> Each claim is put in a few buckets keyed by interned ids — responsibility and occurrence
/// by incident; figures by incident, measure, dimension, subject and rate unit; presence and acting claims by
/// actor and incident, place name or 1° grid cell; denial statement keys by actor (acting actors once per
/// ancestor in the affiliation graph) — and compared only with the
/// entries of those buckets, never with all claims. An add costs O(a + b) where a is the claimant's and actor's
/// number of ancestors and b the size of the buckets it lands in; a whole analysis costs O(n·a + p + f log f)
/// for n records, p pairs compared inside buckets (the pairs that share an incident and kind, a measure, or an
/// actor) and f findings (sorted once per report).</para>
/// <para><b>Consistent comparisons.</b> With <see cref="DetectionOptions.IncludeConsistentComparisons"/>, the
/// figure and time pairs compared inside buckets whose intervals overlap are kept too and listed by
/// <see cref="GetReport"/> (<see cref="ContradictionReport.ConsistentComparisons"/>, same order for batch and
/// incremental adds); the <c>Add…</c> methods return findings only.</para>
/// <para><b>Threading.</b> One writer: the <c>Add…</c> methods must not run concurrently with each other.
/// Any number of readers may call <see cref="GetReport"/> at any time, also while an add runs: each add ends by
/// publishing an immutable snapshot (one atomic reference write), and a reader sees the state before or after a
/// whole add, never part of one.</para>
/// </remarks>
public sealed partial class ContradictionIndex
{
    private static readonly List<ClaimEntry> NoEntries = [];

    private readonly DetectionOptions _options;
    private readonly KeyInterner _keys = new();
    private readonly ActorGraph _actors;
    private readonly TimeResolver _times;
    private readonly FindingBuilder _builder;
    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Incident> _incidents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedTime?> _incidentTimes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClaimEntry> _claims = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DenialEntry> _denials = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<DenialEntry>> _pendingDenials = new(StringComparer.Ordinal);
    private readonly Dictionary<BucketKey, List<ClaimEntry>> _claimBuckets = [];
    private readonly Dictionary<BucketKey, List<DenialEntry>> _denialBuckets = [];
    /// <summary>The (denial, claim) pairs already reported, by <see cref="Entry.Ordinal"/>s (no references for
    /// the collector to trace).</summary>
    private readonly HashSet<long> _deniedPairs = [];
    private readonly Dictionary<string, int> _placeKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<BucketKey> _keyScratch = [];
    private readonly List<Finding> _new = [];
    private bool _collectNew = true;
    private Finding[] _findings = new Finding[16];
    private int _findingCount;
    private ConsistentComparison[] _consistent = [];
    private int _consistentCount;
    private IndexSnapshot _snapshot = new([], 0, [], 0, 0, 0);
    private ReportCache? _cache;

    /// <summary>Creates an empty index.</summary>
    /// <param name="options">The policies; <see cref="DetectionOptions.Default"/> when <see langword="null"/>.</param>
    public ContradictionIndex(DetectionOptions? options = null)
    {
        _options = options ?? DetectionOptions.Default;
        _actors = new ActorGraph(_keys);
        _times = new TimeResolver(_options.Time);
        _builder = new FindingBuilder(_actors, _options.Figures);
    }

    /// <summary>Adds (or replaces) an actor. Add actors before the claims whose sides they determine.</summary>
    /// <param name="actor">The actor.</param>
    public void AddActor(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        _actors.Add(actor);
    }

    /// <summary>Adds (or replaces) a source; its publication time anchors relative days.</summary>
    /// <param name="source">The source.</param>
    public void AddSource(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _sources[source.Id] = source;
    }

    /// <summary>Adds (or replaces) an incident; its place and time are used by presence conflicts.</summary>
    /// <param name="incident">The incident.</param>
    public void AddIncident(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        _incidents[incident.Id] = incident;
        _incidentTimes.Remove(incident.Id);
    }

    /// <summary>Adds a claim and returns the findings it creates with the claims and denials already added,
    /// in report order. O(ancestors + sizes of its buckets). When it throws, the index is left as it was.</summary>
    /// <param name="claim">The claim.</param>
    public IReadOnlyList<Finding> AddClaim(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var mark = Mark();
        try
        {
            AddClaimCore(claim);
        }
        catch
        {
            UndoClaim(mark, claim.Id);
            throw;
        }

        return Publish();
    }

    /// <summary>Adds a denial and returns the findings it creates with the claims already added, in report order.
    /// O(denied ids + size of its statement's bucket). When it throws, the index is left as it was.</summary>
    /// <param name="denial">The denial.</param>
    public IReadOnlyList<Finding> AddDenial(Denial denial)
    {
        ArgumentNullException.ThrowIfNull(denial);
        var mark = Mark();
        try
        {
            AddDenialCore(denial);
        }
        catch
        {
            UndoDenial(mark, denial.Id);
            throw;
        }

        return Publish();
    }

    /// <summary>Adds a document's actors, sources and incidents, then its claims and denials, and returns the
    /// findings they create, in report order.</summary>
    /// <param name="document">The document.</param>
    public IReadOnlyList<Finding> AddDocument(ClaimDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        AddContext(document);
        AddStatements(document);
        return Publish();
    }

    /// <summary>All findings so far, sorted (sort key on <see cref="ContradictionReport"/>). Safe to call from any
    /// thread, also during an add; returns the same instance until the next add that changes something.
    /// O(f log f) after a change, O(1) otherwise.</summary>
    public ContradictionReport GetReport()
    {
        var snapshot = Volatile.Read(ref _snapshot);
        var cache = Volatile.Read(ref _cache);
        if (cache is not null && ReferenceEquals(cache.Snapshot, snapshot))
        {
            return cache.Report;
        }

        var findings = new Finding[snapshot.Count];
        Array.Copy(snapshot.Findings, findings, snapshot.Count);
        FindingOrder.Sort(findings);
        var consistent = new ConsistentComparison[snapshot.ConsistentCount];
        Array.Copy(snapshot.Consistent, consistent, snapshot.ConsistentCount);
        Array.Sort(consistent, ConsistentComparisonOrder.Instance);
        var report = new ContradictionReport
        {
            Findings = new ValueList<Finding>(findings),
            ConsistentComparisons = new ValueList<ConsistentComparison>(consistent),
            ClaimCount = snapshot.Claims,
            DenialCount = snapshot.Denials,
        };
        Volatile.Write(ref _cache, new ReportCache(snapshot, report));
        return report;
    }

    /// <summary>Batch entry: adds documents without collecting per-add findings, then publishes once.</summary>
    internal void AddDocumentsWithoutResults(IEnumerable<ClaimDocument> documents)
    {
        _collectNew = false;
        try
        {
            var list = documents as IReadOnlyList<ClaimDocument> ?? [.. documents];
            int claims = 0, denials = 0;
            foreach (var document in list)
            {
                ArgumentNullException.ThrowIfNull(document);
                AddContext(document);
                claims += document.Claims.Count;
                denials += document.Denials.Count;
            }

            _claims.EnsureCapacity(_claims.Count + claims);
            _denials.EnsureCapacity(_denials.Count + denials);

            foreach (var document in list)
            {
                AddStatements(document);
            }
        }
        finally
        {
            _collectNew = true;
            Publish();
        }
    }

    private void AddContext(ClaimDocument document)
    {
        foreach (var actor in document.Actors)
        {
            AddActor(actor);
        }

        foreach (var source in document.Sources)
        {
            AddSource(source);
        }

        foreach (var incident in document.Incidents)
        {
            AddIncident(incident);
        }
    }

    private void AddStatements(ClaimDocument document)
    {
        foreach (var claim in document.Claims)
        {
            AddClaimCore(claim);
        }

        foreach (var denial in document.Denials)
        {
            AddDenialCore(denial);
        }
    }

    private void AddClaimCore(Claim claim)
    {
        // One lookup for "already added?" and the insert; everything that may throw runs before the slot exists.
        var claimant = _actors.Get(claim.Claimant);
        var incidentKey = _keys.InternOptional(claim.Incident);
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_claims, claim.Id, out var exists);
        if (exists)
        {
            return;
        }

        var entry = slot = new ClaimEntry(claim, claimant, incidentKey, _claims.Count);
        switch (claim.Statement)
        {
            case ResponsibilityStatement responsibility:
                entry.Actor = _actors.Get(responsibility.Actor);
                SetPlace(entry, IncidentOf(entry)?.Place);
                entry.When = IncidentTime(claim.Incident);
                CompareResponsibility(entry);
                CompareActing(entry);
                break;
            case PresenceStatement presence:
                entry.Actor = _actors.Get(presence.Actor);
                SetPlace(entry, presence.Place ?? IncidentOf(entry)?.Place);
                entry.Radius = presence.Present ? 0 : RadiusMetres(presence);
                entry.When = presence.Time is { } time ? Resolve(time, claim) : IncidentTime(claim.Incident);
                CompareRadius(entry, presence);
                if (presence.Present)
                {
                    CompareActing(entry);
                }
                else
                {
                    CompareAbsence(entry);
                }

                break;
            case QuantityStatement quantity:
                CompareFigure(entry, quantity);
                break;
            case OccurrenceStatement occurrence:
                CompareOccurrence(entry, occurrence);
                break;
        }

        if (_pendingDenials.Remove(claim.Id, out var pending))
        {
            foreach (var denial in pending)
            {
                Deny(entry, denial, byId: true);
            }
        }

        // Denials about the statement: looked up under every ancestor-or-self of the actor it names (a denial
        // about "Russia" covers its Aerospace Forces); the claim is filed under its own statement keys only.
        _keyScratch.Clear();
        StatementKeys(claim.Statement, expand: true, _keyScratch);
        foreach (var key in _keyScratch)
        {
            if (entry.IncidentKey != KeyInterner.None)
            {
                MatchDenials(entry, key with { Incident = entry.IncidentKey });
            }

            MatchDenials(entry, key with { Incident = KeyInterner.None });
        }

        _keyScratch.Clear();
        StatementKeys(claim.Statement, expand: false, _keyScratch);
        foreach (var key in _keyScratch)
        {
            if (entry.IncidentKey != KeyInterner.None)
            {
                Bucket(_claimBuckets, key with { Incident = entry.IncidentKey }).Add(entry);
            }

            Bucket(_claimBuckets, key with { Incident = KeyInterner.None }).Add(entry);
        }
    }

    private void AddDenialCore(Denial denial)
    {
        // One lookup for "already added?" and the insert; everything that may throw runs before the slot exists.
        var claimant = _actors.Get(denial.Claimant);
        var incidentKey = _keys.InternOptional(denial.Incident);
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_denials, denial.Id, out var exists);
        if (exists)
        {
            return;
        }

        var entry = slot = new DenialEntry(denial, claimant, incidentKey, _denials.Count);
        foreach (var id in denial.DeniedClaims)
        {
            if (_claims.TryGetValue(id, out var claim))
            {
                Deny(claim, entry, byId: true);
            }
            else
            {
                Bucket(_pendingDenials, id).Add(entry);
            }
        }

        if (denial.Statement is null)
        {
            return;
        }

        // Claims with the statement: filed under the actor they name, so looked up under every
        // descendant-or-self of the denied statement's actor.
        _keyScratch.Clear();
        StatementKeys(denial.Statement, expand: false, _keyScratch);
        foreach (var key in _keyScratch)
        {
            var bucketKey = key with { Incident = entry.IncidentKey };
            if (bucketKey.Kind is BucketKind.DeniableResponsibility or BucketKind.DeniablePresence)
            {
                foreach (var descendant in _actors.DescendantsOrSelf(bucketKey.A))
                {
                    DenyAll(Entries(bucketKey with { A = descendant }), entry);
                }
            }
            else
            {
                DenyAll(Entries(bucketKey), entry);
            }

            Bucket(_denialBuckets, bucketKey).Add(entry);
        }
    }

    private void MatchDenials(ClaimEntry entry, BucketKey key)
    {
        if (_denialBuckets.TryGetValue(key, out var denials))
        {
            foreach (var denial in denials)
            {
                Deny(entry, denial, byId: false);
            }
        }
    }

    private void DenyAll(List<ClaimEntry> claims, DenialEntry denial)
    {
        foreach (var claim in claims)
        {
            Deny(claim, denial, byId: false);
        }
    }

    /// <summary>Reports a (claim, denial) pair once. A pair matched by statement is skipped when the denial names
    /// the claim by id (that match reports it, whichever is added first); it can be met twice by statement only
    /// when both are target statements with several targets (several shared keys), and only those pairs, and the
    /// pairs by id (an id may be listed twice), are remembered.</summary>
    private void Deny(ClaimEntry claim, DenialEntry denial, bool byId)
    {
        if (!byId && (!TargetCoverage.Matches(denial.Denial, claim.Claim) || denial.Denial.DeniedClaims.AsSpan().Contains(claim.Id)))
        {
            return;
        }

        var mayRepeat = byId || (HasSeveralKeys(denial.Denial.Statement!) && HasSeveralKeys(claim.Claim.Statement));
        if (!mayRepeat || _deniedPairs.Add(((long)denial.Ordinal << 32) | (uint)claim.Ordinal))
        {
            Emit(_builder.Denial(claim, denial, byId));
        }
    }

    /// <summary>Whether a statement has several denial keys (<see cref="StatementKeys"/>): a target statement
    /// naming several targets.</summary>
    private static bool HasSeveralKeys(Statement statement) => statement is TargetStatement { Targets.Count: > 1 };

    /// <summary>The statement keys a denial's statement is matched on (one per target kind for a target statement,
    /// else one). Expanded, they name every ancestor-or-self of the actor instead of the actor: the keys under
    /// which a claim looks for the denials that cover it (a denial about "Russia" covers its Aerospace Forces).</summary>
    private void StatementKeys(Statement statement, bool expand, List<BucketKey> keys)
    {
        switch (statement)
        {
            case ResponsibilityStatement r:
                AddActorKeys(BucketKind.DeniableResponsibility, r.Actor, 0, expand, keys);
                break;
            case PresenceStatement p:
                AddActorKeys(BucketKind.DeniablePresence, p.Actor, p.Present ? 1 : 0, expand, keys);
                break;
            case TargetStatement t:
                foreach (var target in t.Targets)
                {
                    var key = new BucketKey(BucketKind.DeniableTarget, KeyInterner.None, (int)target.Kind);
                    if (!keys.Contains(key))
                    {
                        keys.Add(key);
                    }
                }

                break;
            case QuantityStatement q:
                keys.Add(new BucketKey(BucketKind.DeniableQuantity, KeyInterner.None, _keys.Intern(q.Figure.Measure), _keys.InternOptional(q.Subject)));
                break;
            case OccurrenceStatement:
                keys.Add(new BucketKey(BucketKind.DeniableOccurrence, KeyInterner.None, 0));
                break;
        }
    }

    private void AddActorKeys(BucketKind kind, string actor, int flag, bool expand, List<BucketKey> keys)
    {
        if (!expand)
        {
            keys.Add(new BucketKey(kind, KeyInterner.None, _keys.Intern(actor), flag));
            return;
        }

        foreach (var ancestor in _actors.Get(actor).AncestorsOrSelf)
        {
            keys.Add(new BucketKey(kind, KeyInterner.None, ancestor, flag));
        }
    }

    private void CompareResponsibility(ClaimEntry entry)
    {
        if (entry.IncidentKey == KeyInterner.None)
        {
            return;
        }

        var bucket = Bucket(_claimBuckets, new BucketKey(BucketKind.Responsibility, entry.IncidentKey, 0));
        foreach (var other in bucket)
        {
            if (!other.Claimant.SharesSideWith(entry.Claimant) && !other.Actor!.SharesSideWith(entry.Actor!))
            {
                Emit(_builder.Responsibility(other, entry));
            }
        }

        bucket.Add(entry);
    }

    /// <summary>Finds the absences an acting claim (responsibility, or presence) contradicts: on the same incident;
    /// at a place of the same name with overlapping times (a missing time matches any); or, for other places,
    /// within the absence's radius by coordinates with overlapping times. Each pair is found by one path only.</summary>
    private void CompareActing(ClaimEntry acting)
    {
        foreach (var ancestor in acting.Actor!.AncestorsOrSelf)
        {
            if (acting.IncidentKey != KeyInterner.None)
            {
                PairPresence(acting, false, new BucketKey(BucketKind.AbsenceByIncident, acting.IncidentKey, ancestor), BucketKind.ActingByIncident, AlwaysMatches);
            }

            if (acting.PlaceKey != KeyInterner.None)
            {
                PairPresence(acting, false, new BucketKey(BucketKind.AbsenceAtPlace, KeyInterner.None, ancestor, acting.PlaceKey), BucketKind.ActingAtPlace, IsAtSamePlace);
            }

            if (acting.Cell != KeyInterner.None)
            {
                PairPresence(acting, false, new BucketKey(BucketKind.AbsenceInCell, KeyInterner.None, ancestor, acting.Cell), BucketKind.ActingInCell, IsNearby);
            }
        }
    }

    /// <summary>The mirror of <see cref="CompareActing"/> for a negative presence claim.</summary>
    private void CompareAbsence(ClaimEntry absent)
    {
        var actor = absent.Actor!.Key;
        if (absent.IncidentKey != KeyInterner.None)
        {
            PairPresence(absent, true, new BucketKey(BucketKind.ActingByIncident, absent.IncidentKey, actor), BucketKind.AbsenceByIncident, AlwaysMatches);
        }

        if (absent.PlaceKey != KeyInterner.None)
        {
            PairPresence(absent, true, new BucketKey(BucketKind.ActingAtPlace, KeyInterner.None, actor, absent.PlaceKey), BucketKind.AbsenceAtPlace, IsAtSamePlace);
        }

        if (absent.Place?.Coordinates is not { } centre || absent.Radius <= 0)
        {
            return;
        }

        // Every 1° cell the radius reaches; radii reaching more than MaxCells cells are not matched by coordinates.
        const int MaxCells = 400;
        var latitudeDegrees = absent.Radius / MetresPerDegree;
        var cos = Math.Cos(centre.Latitude * Math.PI / 180);
        var longitudeDegrees = cos < 1e-6 ? 360 : latitudeDegrees / cos;
        var (south, north) = ((int)Math.Floor(centre.Latitude - latitudeDegrees), (int)Math.Floor(centre.Latitude + latitudeDegrees));
        var (west, east) = ((int)Math.Floor(centre.Longitude - longitudeDegrees), (int)Math.Floor(centre.Longitude + longitudeDegrees));
        east = Math.Min(east, west + 359);
        if ((long)(north - south + 1) * (east - west + 1) > MaxCells)
        {
            return;
        }

        for (var lat = Math.Max(south, -90); lat <= Math.Min(north, 89); lat++)
        {
            for (var lon = west; lon <= east; lon++)
            {
                PairPresence(absent, true, new BucketKey(BucketKind.ActingInCell, KeyInterner.None, actor, CellKey(lat, lon)), BucketKind.AbsenceInCell, IsNearby);
            }
        }
    }

    private const double MetresPerDegree = 111_195;

    private static int CellKey(int latitude, int longitude) => ((latitude + 90) * 360) + (((longitude % 360) + 540) % 360);

    private static int CellOf(GeoPoint point) => CellKey((int)Math.Floor(Math.Min(point.Latitude, 89.999)), (int)Math.Floor(point.Longitude));

    /// <summary>Pairs <paramref name="entry"/> with the entries of <paramref name="lookup"/> that
    /// <paramref name="matches"/> (absent, acting), then files it under the same key with <paramref name="own"/> kind.</summary>
    private void PairPresence(ClaimEntry entry, bool entryIsAbsent, BucketKey lookup, BucketKind own, Func<ClaimEntry, ClaimEntry, bool> matches)
    {
        foreach (var other in Entries(lookup))
        {
            var (absent, acting) = entryIsAbsent ? (entry, other) : (other, entry);
            if (matches(absent, acting))
            {
                Emit(_builder.Presence(absent, acting));
            }
        }

        Bucket(_claimBuckets, lookup with { Kind = own }).Add(entry);
    }

    private static bool AlwaysMatches(ClaimEntry absent, ClaimEntry acting) => true;

    private static bool IsAtSamePlace(ClaimEntry absent, ClaimEntry acting) => !SameIncident(absent, acting) && TimesOverlap(absent, acting);

    private static bool SameIncident(ClaimEntry a, ClaimEntry b) => a.IncidentKey != KeyInterner.None && a.IncidentKey == b.IncidentKey;

    private static bool TimesOverlap(ClaimEntry a, ClaimEntry b) => a.When is null || b.When is null || a.When.Overlaps(b.When);

    /// <summary>Another incident at a place of another name whose coordinates are within the absence's radius.</summary>
    private static bool IsNearby(ClaimEntry absent, ClaimEntry acting) =>
        !SameIncident(absent, acting)
        && absent.PlaceKey != acting.PlaceKey
        && GeoDistance.Metres(absent.Place!.Coordinates!, acting.Place!.Coordinates!) <= absent.Radius
        && TimesOverlap(absent, acting);

    private List<ClaimEntry> Entries(BucketKey key) => _claimBuckets.TryGetValue(key, out var entries) ? entries : NoEntries;

    private void SetPlace(ClaimEntry entry, Place? place)
    {
        entry.Place = place;
        if (place is null)
        {
            return;
        }

        if (!_placeKeys.TryGetValue(place.Name, out var key))
        {
            key = _placeKeys.Count;
            _placeKeys.Add(place.Name, key);
        }

        entry.PlaceKey = key;
        if (place.Coordinates is { } coordinates)
        {
            entry.Cell = CellOf(coordinates);
        }
    }

    private double RadiusMetres(PresenceStatement statement)
    {
        if (statement.Within is { } within
            && FigureNormalizer.TryNormalize(within, _options.Figures, out var interval, out var dimension, out var factor)
            && string.Equals(dimension, "length", StringComparison.Ordinal)
            && !double.IsInfinity(interval.Upper))
        {
            return interval.Upper * factor;
        }

        return 0;
    }

    private void CompareFigure(ClaimEntry entry, QuantityStatement quantity)
    {
        entry.When = quantity.Period is { } period ? Resolve(period, entry.Claim) : null;
        CompareFigure(entry, quantity.Figure, BucketKind.Figure, _keys.InternOptional(quantity.Subject), _keys.InternOptional(quantity.Figure.Per), mayConflict: true);
    }

    /// <summary>Compares the radius of a presence statement ("not within 12 miles") with the radii of the other
    /// presence statements about the same actor, incident and presence flag, as figures of their measure.
    /// Radii with the same flag bound the distance in the same direction ("not within 12 mi" and "not within
    /// 20 km" are both lower bounds), so they never contradict: overlapping radii are reported as consistent
    /// comparisons, and radii that do not overlap are no finding.</summary>
    private void CompareRadius(ClaimEntry entry, PresenceStatement presence)
    {
        if (presence.Within is { } within && entry.IncidentKey != KeyInterner.None)
        {
            CompareFigure(entry, within, BucketKind.PresenceRadius, _keys.Intern(presence.Actor), presence.Present ? 1 : 0, mayConflict: false);
        }
    }

    /// <summary>Compares a figure with the figures of its bucket (incident, measure, dimension and the two
    /// discriminators) whose times overlap <see cref="ClaimEntry.When"/> (a missing time matches any). Intervals
    /// that do not overlap are a finding only when <paramref name="mayConflict"/>.</summary>
    private void CompareFigure(ClaimEntry entry, Figure figure, BucketKind kind, int subject, int discriminator, bool mayConflict)
    {
        if (!FigureNormalizer.TryNormalize(figure, _options.Figures, out var interval, out var dimension, out var factor))
        {
            return;
        }

        entry.Figure = figure;
        entry.Dimension = dimension;
        entry.Interval = interval;
        entry.Factor = factor;
        var key = new BucketKey(kind, entry.IncidentKey, _keys.Intern(figure.Measure), _keys.Intern(dimension), subject, discriminator);
        var bucket = Bucket(_claimBuckets, key);
        var normalized = interval.Scale(factor);
        foreach (var other in bucket)
        {
            if (entry.When is not null && other.When is not null && !entry.When.Overlaps(other.When))
            {
                continue;
            }

            var otherNormalized = other.Interval.Scale(other.Factor);
            if (!normalized.Overlaps(otherNormalized))
            {
                if (mayConflict)
                {
                    Emit(_builder.Figure(other, entry, NumericInterval.RelativeGap(normalized, otherNormalized)));
                }
            }
            else if (_options.IncludeConsistentComparisons)
            {
                EmitConsistent(_builder.ConsistentFigure(other, entry));
            }
        }

        bucket.Add(entry);
    }

    private void CompareOccurrence(ClaimEntry entry, OccurrenceStatement occurrence)
    {
        if (entry.IncidentKey == KeyInterner.None)
        {
            return;
        }

        entry.When = Resolve(occurrence.Time, entry.Claim);
        if (entry.When is null)
        {
            return;
        }

        var bucket = Bucket(_claimBuckets, new BucketKey(BucketKind.Occurrence, entry.IncidentKey, 0));
        foreach (var other in bucket)
        {
            if (!entry.When.Overlaps(other.When!))
            {
                Emit(_builder.Time(other, entry));
            }
            else if (_options.IncludeConsistentComparisons)
            {
                EmitConsistent(_builder.ConsistentTime(other, entry));
            }
        }

        bucket.Add(entry);
    }

    private ResolvedTime? Resolve(TimeSpec spec, Claim claim)
    {
        TimeSpec? published = null;
        if (!claim.Reports.IsEmpty && _sources.TryGetValue(claim.Reports[0].Source, out var source))
        {
            published = source.Published;
        }

        return _times.Resolve(spec, claim.StatedAt, published);
    }

    private Incident? IncidentOf(Entry entry) =>
        entry.Incident is { } id && _incidents.TryGetValue(id, out var incident) ? incident : null;

    private ResolvedTime? IncidentTime(string? id)
    {
        if (id is null || !_incidents.TryGetValue(id, out var incident) || incident.Time is not { } time)
        {
            return null;
        }

        if (!_incidentTimes.TryGetValue(id, out var resolved))
        {
            resolved = _times.Resolve(time, null, null);
            _incidentTimes[id] = resolved;
        }

        return resolved;
    }

    private static List<TValue> Bucket<TKey, TValue>(Dictionary<TKey, List<TValue>> buckets, TKey key)
        where TKey : notnull
    {
        if (!buckets.TryGetValue(key, out var bucket))
        {
            bucket = [];
            buckets.Add(key, bucket);
        }

        return bucket;
    }

    private void Emit(Finding finding)
    {
        if (_findingCount == _findings.Length)
        {
            var bigger = new Finding[_findings.Length * 2];
            Array.Copy(_findings, bigger, _findingCount);
            _findings = bigger;
        }

        _findings[_findingCount++] = finding;
        if (_collectNew)
        {
            _new.Add(finding);
        }
    }

    private void EmitConsistent(ConsistentComparison comparison)
    {
        if (_consistentCount == _consistent.Length)
        {
            var bigger = new ConsistentComparison[Math.Max(8, _consistent.Length * 2)];
            Array.Copy(_consistent, bigger, _consistentCount);
            _consistent = bigger;
        }

        _consistent[_consistentCount++] = comparison;
    }

    private IReadOnlyList<Finding> Publish()
    {
        var current = _snapshot;
        if (current.Count != _findingCount || current.Claims != _claims.Count || current.Denials != _denials.Count
            || !ReferenceEquals(current.Findings, _findings)
            || current.ConsistentCount != _consistentCount || !ReferenceEquals(current.Consistent, _consistent))
        {
            Volatile.Write(ref _snapshot, new IndexSnapshot(_findings, _findingCount, _consistent, _consistentCount, _claims.Count, _denials.Count));
        }

        if (_new.Count == 0)
        {
            return [];
        }

        var created = _new.ToArray();
        _new.Clear();
        Array.Sort(created, FindingOrder.Instance);
        return created;
    }
}
