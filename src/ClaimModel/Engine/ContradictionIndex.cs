using System.Diagnostics;
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
/// by incident; figures by incident, measure, dimension, subject and rate unit; presence and acting claims by the
/// actors they name and incident, place name or 1° grid cell; denial statement keys by the actors they name and
/// incident — and compared only with the entries of those buckets, never with all claims. A claim looks up the
/// denials and absences of its actors' ancestors, and only of the ancestors some denial or absence names; a denial or
/// an absence looks down to its actor's descendants. An add costs O(a + b) where a is the claimant's and actor's
/// number of ancestors (or the denied or absent actor's descendants) and b the size of the buckets it reads; a whole analysis costs O(n·a + p + f log f)
/// for n records, p pairs compared inside buckets (the pairs that share an incident and kind, a measure, or an
/// actor) and f findings (sorted once per report).</para>
/// <para><b>Consistent comparisons.</b> With <see cref="DetectionOptions.IncludeConsistentComparisons"/>, the
/// figure and time pairs compared inside buckets whose intervals overlap are kept too and listed by
/// <see cref="GetReport"/> (<see cref="ContradictionReport.ConsistentComparisons"/>, same order for batch and
/// incremental adds); the <c>Add…</c> methods return findings only.</para>
/// <para><b>Threading.</b> One writer: the <c>Add…</c> methods must not run concurrently with each other; a second
/// writer is detected and gets an <see cref="InvalidOperationException"/> (<see cref="SynchronizedContradictionIndex"/> serialises writers).
/// Any number of readers may call <see cref="GetReport"/> at any time, also while an add runs: each add ends by
/// publishing an immutable snapshot (one atomic reference write), and a reader sees the state before or after a
/// whole add, never part of one.</para>
/// </remarks>
public sealed partial class ContradictionIndex
{
    private readonly DetectionOptions _options;
    private readonly KeyInterner _keys = new();
    private readonly ActorGraph _actors;
    private readonly TimeResolver _times;
    private readonly FindingBuilder _builder;
    private readonly FindingContext _context;
    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Incident> _incidents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResolvedTime?> _incidentTimes = new(StringComparer.Ordinal);
    /// <summary>The claims by id: the whole claim's entry (which holds its statements' entries).</summary>
    private readonly EntriesById<ClaimEntry> _claims = new();
    private readonly EntriesById<DenialEntry> _denials = new();
    /// <summary>Denials naming a claim (or one statement of it) not added yet, by claim id.</summary>
    private readonly Dictionary<string, List<(DenialEntry Denial, int? Position)>> _pendingDenials = new(StringComparer.Ordinal);
    private readonly EntryBuckets<ClaimEntry> _claimBuckets = new();
    private readonly EntryBuckets<DenialEntry> _denialBuckets = new();
    /// <summary>By statement key (incident <see cref="KeyInterner.None"/>): the incidents that have claims with it, in
    /// the order first met. A claim is filed under its statement keys with its incident only, so a general denial
    /// (no incident) reads the buckets of these incidents and the bucket of the claims without incident.</summary>
    private readonly Dictionary<BucketKey, List<int>> _statementIncidents = [];
    /// <summary>Responsibility claims by incident (keys of kind <see cref="BucketKind.Responsibility"/>), grouped by answer.</summary>
    private readonly BucketKeyTable<AnswerBucket<ResponsibilityAnswer>> _responsibility = new();
    /// <summary>Occurrence times by incident (keys of kind <see cref="BucketKind.Occurrence"/>), grouped by answer.</summary>
    private readonly BucketKeyTable<AnswerBucket<TimeAnswer>> _occurrences = new();
    /// <summary>Figures and presence radii by incident, measure, dimension and discriminators, grouped by answer.</summary>
    private readonly BucketKeyTable<AnswerBucket<FigureAnswer>> _figureBuckets = new();

    // Target accounts per incident (keys of kind BucketKind.Targets), grouped by answer (TargetAnswer).
    private readonly BucketKeyTable<AnswerBucket<TargetAnswer>> _targets = new();
    private readonly AnalysisBudget _budget;
    private long _findingsDropped;
    private long _consistentDropped;
    private long _comparisons;
    private long _comparisonsSkipped;
    private AnalysisTruncation? _publishedTruncation;
    /// <summary>The (denial, claim) pairs already reported, by <see cref="Entry.Ordinal"/>s (no references for
    /// the collector to trace).</summary>
    private readonly HashSet<long> _deniedPairs = [];
    /// <summary>The (absence, acting) pairs already reported where a pair can be met under two actor keys (a
    /// statement naming several actors), by <see cref="Entry.Ordinal"/>s.</summary>
    private readonly HashSet<long> _presencePairs = [];
    private int _claimEntries;
    private readonly Dictionary<string, int> _placeKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<BucketKey> _keyScratch = [];
    /// <summary>The actors some denial by statement names, by family: responsibility, absence, presence. A claim
    /// looks up the denials of only those of its actors' ancestors.</summary>
    private readonly KeySet _deniedResponsible = new();
    private readonly KeySet _deniedAbsent = new();
    private readonly KeySet _deniedPresent = new();
    /// <summary>The actors some absence names (an acting claim looks up the absences of only those of its actors'
    /// ancestors) and the actors some acting claim names (an absence looks up the acting claims of only those of its
    /// actors' descendants). Presence claims are filed under the actors they name, not under their ancestors.</summary>
    private readonly KeySet _absentActors = new();
    private readonly KeySet _actingActors = new();
    private readonly List<int> _cellScratch = [];
    private readonly HashSet<int> _actorScratch = [];
    private readonly List<Finding> _new = [];
    private bool _collectNew = true;
    /// <summary>What the statements of the batch can look up (<see cref="ExpectOnly"/>); null while any statement may
    /// still come.</summary>
    private BatchLookups? _batch;
    private CompactFinding[][] _findings = [];
    private int _findingCount;
    private ConsistentComparison[] _consistent = [];
    private int _consistentCount;
    /// <summary>The claims a later claim superseded or retracted, by the revised claim's id (the first revision wins).</summary>
    private readonly Dictionary<string, ClaimRevision> _revisions = new(StringComparer.Ordinal);
    private ClaimRevision[] _publishedRevisions = [];
    private ClaimEntry[] _figures = new ClaimEntry[16];
    private int _figureCount;
    private IReadOnlyDictionary<string, Incident> _publishedIncidents = new Dictionary<string, Incident>();
    private bool _incidentsChanged;
    private IReadOnlyDictionary<string, Source> _publishedSources = new Dictionary<string, Source>();
    private bool _sourcesChanged;
    private IndexSnapshot _snapshot = new(new SnapshotShared([], [], 0, 0, [], [], new Dictionary<string, Incident>(), new Dictionary<string, Source>(), null), 0, 0, 0);
    private ReportCache? _cache;
    private readonly WriterGuard _writer = new();

    /// <summary>Creates an empty index.</summary>
    /// <param name="options">The policies; <see cref="DetectionOptions.Default"/> when <see langword="null"/>.</param>
    public ContradictionIndex(DetectionOptions? options = null)
    {
        _options = options ?? DetectionOptions.Default;
        _budget = _options.Budget ?? AnalysisBudget.Default;
        _actors = new ActorGraph(_keys, _options.Voices);
        _times = new TimeResolver(_options.Time);
        _builder = new FindingBuilder(_actors, _options.Figures);
        _context = new FindingContext(_options.Figures, new OriginLists());
    }

    /// <summary>Adds (or replaces) an actor. Add actors before the claims whose sides they determine; an identity link
    /// or a joining affiliation added later still joins the voices of the claims already added (O(actors + actors met)).</summary>
    /// <param name="actor">The actor.</param>
    public void AddActor(Actor actor)
    {
        using var writer = _writer.Enter();
        AddActorCore(actor);
        RefreshVoices();
        if (_revoiced.Count != _publishedRevoiced)
        {
            Publish();
        }
    }

    /// <summary>Adds (or replaces) a source; its publication time anchors relative days.</summary>
    /// <param name="source">The source.</param>
    public void AddSource(Source source)
    {
        using var writer = _writer.Enter();
        ArgumentNullException.ThrowIfNull(source);
        _sources[source.Id] = source;
        _sourcesChanged = true;
    }

    /// <summary>Adds (or replaces) an incident; its place and time are used by presence conflicts.</summary>
    /// <param name="incident">The incident.</param>
    public void AddIncident(Incident incident)
    {
        using var writer = _writer.Enter();
        ArgumentNullException.ThrowIfNull(incident);
        _incidents[incident.Id] = incident;
        _incidentTimes.Remove(incident.Id);
        _incidentsChanged = true;
    }

    /// <summary>Adds a claim and returns the findings it creates with the claims and denials already added,
    /// in report order. O(ancestors + sizes of its buckets). When it throws, the index is left as it was.</summary>
    /// <param name="claim">The claim.</param>
    public IReadOnlyList<Finding> AddClaim(Claim claim)
    {
        using var writer = _writer.Enter();
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
        using var writer = _writer.Enter();
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
        using var writer = _writer.Enter();
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

        // Superseded and retracted claims leave the contradictions: findings naming them are history. The findings
        // stay in the writer's chunks (never written below a published count); the report keeps their order.
        var revised = snapshot.Revisions.Length == 0 ? null : snapshot.Revisions.Select(r => r.Claim).ToHashSet(StringComparer.Ordinal);
        var chunks = snapshot.Findings;
        int[] findings;
        if (revised is null)
        {
            findings = new int[snapshot.Count];
            for (var i = 0; i < findings.Length; i++)
            {
                findings[i] = i;
            }
        }
        else
        {
            var kept = new List<int>();
            for (var i = 0; i < snapshot.Count; i++)
            {
                if (!CompactFindingChunks.At(chunks, i).IsRevised(revised.Contains))
                {
                    kept.Add(i);
                }
            }

            findings = [.. kept];
        }

        FindingOrder.Sort(findings, chunks);
        var consistent = Current(snapshot.Consistent.AsSpan(0, snapshot.ConsistentCount), static (c, revised) => IsRevised(c.Participants, revised.Contains), revised);
        Array.Sort(consistent, ConsistentComparisonOrder.Instance);
        var history = snapshot.Revisions.ToArray();
        Array.Sort(history, static (a, b) => string.CompareOrdinal(a.Claim, b.Claim));
        var figures = revised is null
            ? new ReadOnlyMemory<ClaimEntry>(snapshot.Figures, 0, snapshot.FigureCount)
            : snapshot.Figures.AsSpan(0, snapshot.FigureCount).ToArray().Where(f => !revised.Contains(f.Id)).ToArray();
        var report = new ContradictionReport
        {
            Findings = new FindingList(chunks, findings, _context),
            ConsistentComparisons = new ValueList<ConsistentComparison>(consistent),
            History = new ValueList<ClaimRevision>(history),
            Figures = figures,
            IncidentRecords = snapshot.Incidents,
            SourceRecords = snapshot.Sources,
            ClaimCount = snapshot.Claims,
            DenialCount = snapshot.Denials,
            Truncation = snapshot.Truncation,
        };
        Volatile.Write(ref _cache, new ReportCache(snapshot, report));
        return report;
    }

    /// <summary>The snapshot last published (what <see cref="GetReport"/> reads).</summary>
    internal IndexSnapshot PublishedSnapshot => Volatile.Read(ref _snapshot);

    /// <summary>The items none of whose claim participants was revised, in a new array.</summary>
    private static T[] Current<T>(ReadOnlySpan<T> items, Func<T, HashSet<string>, bool> isRevised, HashSet<string>? revised)
    {
        if (revised is null)
        {
            return items.ToArray();
        }

        var kept = new List<T>(items.Length);
        foreach (var item in items)
        {
            if (!isRevised(item, revised))
            {
                kept.Add(item);
            }
        }

        return [.. kept];
    }

    /// <summary>Whether a claim participant of <paramref name="participants"/> was revised (the finding is history).</summary>
    internal static bool IsRevised(ValueList<FindingParticipant> participants, Func<string, bool> revised)
    {
        foreach (var participant in participants)
        {
            if (participant.Role == ParticipantRole.Claim && revised(participant.Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Batch entry: adds documents without collecting per-add findings, then publishes once;
    /// <paramref name="complete"/>: they are all the index will get (<see cref="ExpectOnly"/>).</summary>
    internal void AddDocumentsWithoutResults(IEnumerable<ClaimDocument> documents, bool complete = false)
    {
        using var writer = _writer.Enter();
        _collectNew = false;
        try
        {
            var list = documents as IReadOnlyList<ClaimDocument> ?? [.. documents];
            if (complete)
            {
                ExpectOnly(list);
            }

            _actors.EnsureCapacity(list.Sum(document => document?.Actors.Count ?? 0));
            _sources.EnsureCapacity(_sources.Count + list.Sum(document => document?.Sources.Count ?? 0));
            _incidents.EnsureCapacity(_incidents.Count + list.Sum(document => document?.Incidents.Count ?? 0));
            _incidentTimes.EnsureCapacity(_incidentTimes.Count + list.Sum(document => document?.Incidents.Count(incident => incident?.Time is not null) ?? 0));
            int claims = 0, denials = 0;
            foreach (var document in list)
            {
                ArgumentNullException.ThrowIfNull(document, nameof(documents));
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
            AddActorCore(actor);
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

    /// <summary>Tells the index that the statements of <paramref name="documents"/> are all it will get (batch
    /// analysis; adding any other statement afterwards would miss findings): claims are then filed only under the keys
    /// their denials and absences look up (<see cref="BatchLookups"/>), and the participants of findings are built when
    /// first read (<see cref="FindingBuilder.DeferParticipants"/>; the caller adds every actor before the first
    /// statement). The report stays the same.</summary>
    internal void ExpectOnly(IReadOnlyList<ClaimDocument> documents)
    {
        var lookups = new BatchLookups();
        var quantities = 0;
        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document, nameof(documents));
            foreach (var claim in document.Claims)
            {
                foreach (var statement in claim?.Statements ?? [])
                {
                    if (statement is QuantityStatement)
                    {
                        quantities++;
                    }
                    else if (statement is PresenceStatement { Present: false } absence)
                    {
                        foreach (var actor in absence.Actors)
                        {
                            lookups.AddAbsent(_keys.Intern(actor));
                        }
                    }
                }
            }

            foreach (var denial in document.Denials)
            {
                if (denial?.Statement is { } statement)
                {
                    var incident = _keys.InternOptional(denial.Incident);
                    _keyScratch.Clear();
                    StatementKeys(statement, expand: false, _keyScratch);
                    foreach (var key in _keyScratch)
                    {
                        lookups.AddDenied(key with { Incident = incident });
                    }
                }
            }
        }

        _batch = lookups;
        _builder.DeferParticipants = true;

        // Room for every compared quantity figure at once (at most one per quantity statement), not grown by doubling.
        if (_figures.Length < _figureCount + quantities)
        {
            Array.Resize(ref _figures, _figureCount + quantities);
        }
    }

    private void AddClaimCore(Claim claim)
    {
        // Everything that may throw runs before the claim is in the index.
        var hash = _claims.Prepare(claim.Id);
        var claimant = _actors.Get(claim.Claimant);
        var incidentKey = _keys.InternOptional(claim.Incident);

        // One entry per statement; a claim of several statements also gets an entry of its own, for denials naming it.
        // Made before the id is looked up, so the id is hashed once; a claim whose id was added already gives its
        // ordinals back and changes nothing.
        var ordinals = _claimEntries;
        var whole = claim.Statements.Count == 1 ? new ClaimEntry(claim, claimant, incidentKey, _claimEntries++) : NewWhole(claim, claimant, incidentKey);
        if (!_claims.TryAdd(whole, hash))
        {
            _claimEntries = ordinals;
            return;
        }
        Revise(claim.Supersedes, RevisionKind.Superseded, claim.Id);
        Revise(claim.Retracts, RevisionKind.Retracted, claim.Id);
        if (whole.Statement is not null)
        {
            AddStatement(whole);
        }

        foreach (var entry in whole.Statements)
        {
            AddStatement(entry);
        }

        if (_pendingDenials.Remove(claim.Id, out var pending))
        {
            foreach (var (denial, position) in pending)
            {
                DenyById(whole, denial, position);
            }
        }
    }

    /// <summary>The entry of a claim of several statements (or of none) as a whole, with the entries of its statements
    /// (<see cref="ClaimEntry.Statements"/>), made before it.</summary>
    private ClaimEntry NewWhole(Claim claim, ActorNode claimant, int incidentKey)
    {
        var entries = new ClaimEntry[claim.Statements.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = ClaimEntry.OfStatement(claim, i, claimant, incidentKey, _claimEntries++);
        }

        return new ClaimEntry(claim, claimant, incidentKey, _claimEntries++) { Statements = entries };
    }

    private void Revise(ValueList<string> revised, RevisionKind kind, string by)
    {
        foreach (var id in revised)
        {
            if (id is not null && _revisions.TryAdd(id, new ClaimRevision { Claim = id, Kind = kind, By = by }))
            {
                _publishedRevisions = [.. _publishedRevisions, _revisions[id]];
            }
        }
    }

    private void AddStatement(ClaimEntry entry)
    {
        var claim = entry.Claim;
        switch (entry.Statement)
        {
            case ResponsibilityStatement responsibility:
                entry.PresenceFacts = Presence(Nodes(responsibility.Actors), IncidentOf(entry)?.Place, 0, FigureFacts.None);
                entry.When = IncidentTime(claim.Incident);
                CompareResponsibility(entry);
                CompareActing(entry);
                break;
            case PresenceStatement presence:
                var (metres, radius) = Radius(entry, presence);
                entry.PresenceFacts = Presence(Nodes(presence.Actors), presence.Place ?? IncidentOf(entry)?.Place, metres, radius);
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
            case TargetStatement targets:
                CompareTargets(entry, targets);
                break;
        }

        if (entry.Statement is not { } statement)
        {
            return;
        }

        // Denials about the statement: looked up under every ancestor-or-self of the actors it names (a denial
        // about "Russia" covers its Aerospace Forces); the statement is filed under its own statement keys only.
        _keyScratch.Clear();
        StatementKeys(statement, expand: true, _keyScratch);
        foreach (var key in _keyScratch)
        {
            if (entry.IncidentKey != KeyInterner.None)
            {
                MatchDenials(entry, key with { Incident = entry.IncidentKey });
            }

            MatchDenials(entry, key with { Incident = KeyInterner.None });
        }

        _keyScratch.Clear();
        StatementKeys(statement, expand: false, _keyScratch);
        foreach (var key in _keyScratch)
        {
            if (_batch is not null && !_batch.MayBeDenied(key, entry.IncidentKey, NodeOf(entry, key.A)))
            {
                continue;
            }

            if (_claimBuckets.Add(key with { Incident = entry.IncidentKey }, entry) && entry.IncidentKey != KeyInterner.None)
            {
                Bucket(_statementIncidents, key).Add(entry.IncidentKey);
            }
        }
    }

    /// <summary>The node among the entry's actors whose key is <paramref name="key"/> (null for a key that is not an
    /// actor's).</summary>
    private static ActorNode? NodeOf(ClaimEntry entry, int key)
    {
        foreach (var node in entry.Actors)
        {
            if (node.Key == key)
            {
                return node;
            }
        }

        return null;
    }

    /// <summary>The nodes of <paramref name="ids"/>, in order (one node's shared <see cref="ActorNode.Alone"/> array for
    /// one id).</summary>
    private ActorNode[] Nodes(ValueList<string> ids)
    {
        if (ids.Count == 1)
        {
            return _actors.Get(ids[0]).Alone;
        }

        var nodes = new ActorNode[ids.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            nodes[i] = _actors.Get(ids[i]);
        }

        return nodes;
    }

    private void AddDenialCore(Denial denial)
    {
        // Everything that may throw runs before the denial is in the index.
        var claimant = _actors.Get(denial.Claimant);
        var incidentKey = _keys.InternOptional(denial.Incident);
        if (_denials.Contains(denial.Id))
        {
            return;
        }

        var entry = new DenialEntry(denial, claimant, incidentKey, _denials.Count);
        _denials.Add(entry);
        foreach (var (id, position) in entry.Named)
        {
            if (_claims.TryGetValue(id, out var claim))
            {
                DenyById(claim, entry, position);
            }
            else
            {
                Bucket(_pendingDenials, id).Add((entry, position));
            }
        }

        if (denial.Statement is null)
        {
            return;
        }

        // Claims with the statement: filed under the actors they name, so looked up under every
        // descendant-or-self of each actor the denied statement names.
        _keyScratch.Clear();
        StatementKeys(denial.Statement, expand: false, _keyScratch);
        foreach (var key in _keyScratch)
        {
            var bucketKey = key with { Incident = entry.IncidentKey };
            if (bucketKey.Kind is BucketKind.DeniableResponsibility or BucketKind.DeniablePresence)
            {
                foreach (var descendant in _actors.DescendantsOrSelf(bucketKey.A))
                {
                    DenyStatement(bucketKey with { A = descendant }, entry);
                }

                DeniedActors(bucketKey.Kind, bucketKey.B).Add(bucketKey.A);
            }
            else
            {
                DenyStatement(bucketKey, entry);
            }

            _denialBuckets.Add(bucketKey, entry);
        }
    }

    /// <summary>A denial naming <paramref name="whole"/>'s claim: the whole claim, or its statement at
    /// <paramref name="position"/> (a position the claim does not have names nothing, and a statement of a claim the
    /// denial also names as a whole is covered by that finding).</summary>
    private void DenyById(ClaimEntry whole, DenialEntry denial, int? position)
    {
        if (position is null)
        {
            Deny(whole, denial, byId: true);
        }
        else if (whole.StatementAt(position.Value) is { } statement && !denial.NamesWhole(whole.Id))
        {
            Deny(statement, denial, byId: true);
        }
    }

    private void MatchDenials(ClaimEntry entry, BucketKey key)
    {
        var denials = _denialBuckets.Get(key);
        for (var i = 0; i < denials.Count; i++)
        {
            if (!MayCompare(denials.Count - i))
            {
                break;
            }

            Deny(entry, denials[i], byId: false);
        }
    }

    /// <summary>A denial by statement against the claims filed under <paramref name="key"/>: of its incident, or — a
    /// general denial — of every incident and of none.</summary>
    private void DenyStatement(BucketKey key, DenialEntry denial)
    {
        DenyAll(Entries(key), denial);
        if (key.Incident == KeyInterner.None && _statementIncidents.TryGetValue(key, out var incidents))
        {
            foreach (var incident in incidents)
            {
                DenyAll(Entries(key with { Incident = incident }), denial);
            }
        }
    }

    private void DenyAll(EntryRun<ClaimEntry> claims, DenialEntry denial)
    {
        for (var i = 0; i < claims.Count; i++)
        {
            if (!MayCompare(claims.Count - i))
            {
                break;
            }

            Deny(claims[i], denial, byId: false);
        }
    }

    /// <summary>Whether one more pair may be compared one by one (<see cref="AnalysisBudget"/>), counting it; when not,
    /// counts the <paramref name="remaining"/> pairs of the loop (this one included) as skipped.</summary>
    private bool MayCompare(int remaining)
    {
        if (_findingCount >= _budget.MaxFindings || _comparisons >= _budget.MaxComparisons)
        {
            _comparisonsSkipped += remaining;
            return false;
        }

        _comparisons++;
        return true;
    }

    /// <summary>Reports a (claim, denial) pair once. A pair matched by statement is skipped when the denial names
    /// the claim by id (that match reports it, whichever is added first); it can be met twice by statement only
    /// when one side is filed under or looks up several keys (several targets or several actors: "Russia and its
    /// ministry did it" meets "Russia did not" through both actors), and only those pairs, and the pairs by id (an
    /// id may be listed twice), are remembered.</summary>
    private void Deny(ClaimEntry claim, DenialEntry denial, bool byId)
    {
        if (!byId && (!TargetCoverage.Matches(denial.Denial, claim.Statement!) || denial.Names(claim) || !IntentMatches(denial.Denial, claim.Statement!)))
        {
            return;
        }

        var mayRepeat = byId || HasSeveralKeys(denial.Denial.Statement!) || HasSeveralKeys(claim.Statement!);
        if (!mayRepeat || _deniedPairs.Add(((long)denial.Ordinal << 32) | (uint)claim.Ordinal))
        {
            Emit(_builder.Denial(claim, denial, byId));
        }
    }

    /// <summary>A denial of the intent only ("did not intentionally target the hospital") reaches only claims that
    /// attribute an intent on purpose (deliberate or indiscriminate): it does not deny the act.</summary>
    private static bool IntentMatches(Denial denial, Statement claim) =>
        denial.Denies != DeniedAspect.Intent || claim is ResponsibilityStatement { Intent: Intent.Deliberate or Intent.Indiscriminate };

    /// <summary>Whether a statement is filed under (or looks up) more than one key, so that a pair of statements may
    /// meet twice: several targets, or several actors.</summary>
    private static bool HasSeveralKeys(Statement statement) => statement switch
    {
        TargetStatement t => t.Targets.Count > 1,
        ResponsibilityStatement r => r.Actors.Count > 1,
        PresenceStatement p => p.Actors.Count > 1,
        _ => false,
    };

    private void StatementKeys(Statement statement, bool expand, List<BucketKey> keys)
    {
        switch (statement)
        {
            case ResponsibilityStatement r:
                AddActorKeys(BucketKind.DeniableResponsibility, r.Actors, 0, expand, keys);
                break;
            case PresenceStatement p:
                AddActorKeys(BucketKind.DeniablePresence, p.Actors, p.Present ? 1 : 0, expand, keys);
                break;
            case TargetStatement t:
                foreach (var target in t.Targets)
                {
                    AddDistinct(keys, new BucketKey(BucketKind.DeniableTarget, KeyInterner.None, (int)target.Kind));
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

    /// <summary>The actor keys of <paramref name="actors"/> (<paramref name="expand"/>: of their ancestors-or-self that
    /// some denial by statement names, the only ones a lookup can find), each once.</summary>
    private void AddActorKeys(BucketKind kind, ValueList<string> actors, int flag, bool expand, List<BucketKey> keys)
    {
        if (!expand)
        {
            if (actors.Count == 1)
            {
                keys.Add(new BucketKey(kind, KeyInterner.None, _keys.Intern(actors[0]), flag));
                return;
            }

            foreach (var actor in actors)
            {
                AddDistinct(keys, new BucketKey(kind, KeyInterner.None, _keys.Intern(actor), flag));
            }

            return;
        }

        var denied = DeniedActors(kind, flag);
        if (denied.IsEmpty)
        {
            return;
        }

        var seen = actors.Count == 1 ? null : _actorScratch;
        seen?.Clear();
        foreach (var actor in actors)
        {
            // A chain may be a million long: the walk allocates nothing and tests one bit per ancestor.
            foreach (var ancestor in _actors.Get(actor).AncestorsOrSelf)
            {
                if (denied.Contains(ancestor) && (seen is null || seen.Add(ancestor)))
                {
                    keys.Add(new BucketKey(kind, KeyInterner.None, ancestor, flag));
                }
            }
        }
    }

    private KeySet DeniedActors(BucketKind kind, int flag) =>
        kind == BucketKind.DeniableResponsibility ? _deniedResponsible : flag == 1 ? _deniedPresent : _deniedAbsent;

    private static void AddDistinct(List<BucketKey> keys, BucketKey key)
    {
        if (!keys.Contains(key))
        {
            keys.Add(key);
        }
    }

    private void CompareResponsibility(ClaimEntry entry)
    {
        if (entry.IncidentKey == KeyInterner.None)
        {
            return;
        }

        var bucket = AnswersOf(_responsibility, new BucketKey(BucketKind.Responsibility, entry.IncidentKey, 0));
        var intent = ((ResponsibilityStatement)entry.Statement!).Intent;
        foreach (var group in bucket.Groups)
        {
            // Every member answers as the representative does: same intent, claimant side and actor nodes.
            var other = group.Representative;
            if (!ActorNode.AnySharesSide(other.Actors, entry.Actors))
            {
                if (!other.Claimant.SharesSideWith(entry.Claimant))
                {
                    EmitGroup(group, entry, GroupOutcome.Responsibility);
                }
            }
            else if (IntentsConflict(intent, ((ResponsibilityStatement)other.Statement!).Intent) && ActorNode.AnyRelated(other.Actors, entry.Actors))
            {
                EmitGroup(group, entry, GroupOutcome.Intent);
            }
        }

        bucket.Add(entry);
    }

    /// <summary>Finds the absences an acting claim (responsibility, or presence) contradicts: on the same incident;
    /// at a place of the same name with overlapping times (a missing time matches any); or, for other places,
    /// within the absence's radius by coordinates with overlapping times. Each pair is found by one path only.</summary>
    /// <summary>On purpose (deliberate or indiscriminate) against by mistake: the intents that cannot both hold.</summary>
    private static bool IntentsConflict(Intent a, Intent b) =>
        (a == Intent.Accidental && b is Intent.Deliberate or Intent.Indiscriminate) || (b == Intent.Accidental && a is Intent.Deliberate or Intent.Indiscriminate);

    /// <summary>Target accounts of one incident: an exclusive one (<see cref="TargetScope.Only"/>) conflicts with an
    /// account of another side naming a target it does not cover.</summary>
    private void CompareTargets(ClaimEntry entry, TargetStatement statement)
    {
        if (entry.IncidentKey == KeyInterner.None || statement.Targets.IsEmpty)
        {
            return;
        }

        // Accounts of one side with the same scope and targets compare alike: one comparison per group of them.
        var bucket = AnswersOf(_targets, new BucketKey(BucketKind.Targets, entry.IncidentKey, 0));
        var groups = bucket.Groups;
        for (var i = 0; i < groups.Length; i++)
        {
            if (!MayCompare(groups.Length - i))
            {
                break;
            }

            var other = groups[i].Representative;
            if (other.Claimant.SharesSideWith(entry.Claimant))
            {
                continue;
            }

            var theirs = (TargetStatement)other.Statement!;
            var mineExcludes = statement.Scope == TargetScope.Only && !TargetCoverage.Covers(statement.Targets, theirs.Targets);
            var theirsExclude = theirs.Scope == TargetScope.Only && !TargetCoverage.Covers(theirs.Targets, statement.Targets);
            if (mineExcludes || theirsExclude)
            {
                EmitGroup(groups[i], entry, mineExcludes && theirsExclude ? GroupOutcome.TargetsBothExclusive : mineExcludes ? GroupOutcome.TargetsEntryExclusive : GroupOutcome.TargetsMemberExclusive);
            }
        }

        bucket.Add(entry);
    }

    /// <summary>An acting claim (responsibility, or presence): paired with the absences of its actors'
    /// ancestors-or-self, then filed under its own actors.</summary>
    private void CompareActing(ClaimEntry acting)
    {
        if (!_absentActors.IsEmpty)
        {
            var seen = acting.Actors.Length == 1 ? null : _actorScratch;
            seen?.Clear();
            foreach (var node in acting.Actors)
            {
                foreach (var ancestor in node.AncestorsOrSelf)
                {
                    if (_absentActors.Contains(ancestor) && (seen is null || seen.Add(ancestor)))
                    {
                        MatchActing(acting, ancestor);
                    }
                }
            }
        }

        foreach (var node in acting.Actors)
        {
            var actor = node.Key;
            _actingActors.Add(actor);
            if (_batch is not null && !_batch.MayMeetAbsence(node))
            {
                continue;
            }

            if (acting.IncidentKey != KeyInterner.None)
            {
                _claimBuckets.Add(new BucketKey(BucketKind.ActingByIncident, acting.IncidentKey, actor), acting);
            }

            if (acting.PlaceKey != KeyInterner.None)
            {
                FileByTime(new BucketKey(BucketKind.ActingAtPlace, KeyInterner.None, actor, acting.PlaceKey), acting, 1);
            }

            if (acting.Cell != KeyInterner.None)
            {
                FileByTime(new BucketKey(BucketKind.ActingInCell, KeyInterner.None, actor, acting.Cell), acting, 1);
            }
        }
    }

    /// <summary>Files a presence entry under <paramref name="key"/> by time (<see cref="TimeCells"/>): under every
    /// day its time spans, or as timeless, and under all times.</summary>
    private void FileByTime(BucketKey key, ClaimEntry entry, int places)
    {
        _claimBuckets.Add(key with { C = TimeCells.AllTimes }, entry);
        if (TimeCells.TryGetDays(entry.When, places, out var first, out var last))
        {
            for (var day = first; day <= last; day++)
            {
                _claimBuckets.Add(key with { C = day }, entry);
            }
        }
        else
        {
            _claimBuckets.Add(key with { C = TimeCells.Timeless }, entry);
        }
    }

    /// <summary>Pairs <paramref name="entry"/> with the entries filed by time under <paramref name="lookup"/>
    /// (<see cref="FileByTime"/>) that <paramref name="matches"/>: those of its own days and the timeless ones, or,
    /// for a wide or unknown time, all.</summary>
    private void PairPresenceByTime(ClaimEntry entry, bool entryIsAbsent, BucketKey lookup, int places, Func<ClaimEntry, ClaimEntry, bool> matches)
    {
        if (!TimeCells.TryGetDays(entry.When, places, out var first, out var last))
        {
            PairPresence(entry, entryIsAbsent, lookup with { C = TimeCells.AllTimes }, matches);
            return;
        }

        for (var day = first; day <= last; day++)
        {
            PairPresence(entry, entryIsAbsent, lookup with { C = day }, matches, day, first);
        }

        PairPresence(entry, entryIsAbsent, lookup with { C = TimeCells.Timeless }, matches);
    }

    /// <summary>Pairs an acting claim with the absences of <paramref name="actor"/> (one of its ancestors-or-self).</summary>
    private void MatchActing(ClaimEntry acting, int actor)
    {
        if (acting.IncidentKey != KeyInterner.None)
        {
            PairPresence(acting, false, new BucketKey(BucketKind.AbsenceByIncident, acting.IncidentKey, actor), AlwaysMatches);
        }

        if (acting.PlaceKey != KeyInterner.None)
        {
            PairPresenceByTime(acting, false, new BucketKey(BucketKind.AbsenceAtPlace, KeyInterner.None, actor, acting.PlaceKey), 1, IsAtSamePlace);
        }

        if (acting.Cell != KeyInterner.None)
        {
            PairPresenceByTime(acting, false, new BucketKey(BucketKind.AbsenceInCell, KeyInterner.None, actor, acting.Cell), 1, IsNearby);
        }
    }

    /// <summary>An absence: paired with the acting claims of each of its actors' descendants-or-self, then filed under
    /// its own actors.</summary>
    private void CompareAbsence(ClaimEntry absent)
    {
        var cells = CellsReached(absent);
        foreach (var node in absent.Actors)
        {
            if (!_actingActors.IsEmpty)
            {
                foreach (var descendant in _actors.DescendantsOrSelf(node.Key))
                {
                    if (_actingActors.Contains(descendant))
                    {
                        MatchAbsence(absent, descendant, cells);
                    }
                }
            }

            var actor = node.Key;
            _absentActors.Add(actor);
            if (absent.IncidentKey != KeyInterner.None)
            {
                _claimBuckets.Add(new BucketKey(BucketKind.AbsenceByIncident, absent.IncidentKey, actor), absent);
            }

            if (absent.PlaceKey != KeyInterner.None)
            {
                FileByTime(new BucketKey(BucketKind.AbsenceAtPlace, KeyInterner.None, actor, absent.PlaceKey), absent, 1);
            }

            foreach (var cell in cells)
            {
                FileByTime(new BucketKey(BucketKind.AbsenceInCell, KeyInterner.None, actor, cell), absent, cells.Count);
            }
        }
    }

    /// <summary>Pairs an absence with the acting claims of <paramref name="actor"/> (one of its descendants-or-self).</summary>
    private void MatchAbsence(ClaimEntry absent, int actor, List<int> cells)
    {
        if (absent.IncidentKey != KeyInterner.None)
        {
            PairPresence(absent, true, new BucketKey(BucketKind.ActingByIncident, absent.IncidentKey, actor), AlwaysMatches);
        }

        if (absent.PlaceKey != KeyInterner.None)
        {
            PairPresenceByTime(absent, true, new BucketKey(BucketKind.ActingAtPlace, KeyInterner.None, actor, absent.PlaceKey), 1, IsAtSamePlace);
        }

        foreach (var cell in cells)
        {
            PairPresenceByTime(absent, true, new BucketKey(BucketKind.ActingInCell, KeyInterner.None, actor, cell), cells.Count, IsNearby);
        }
    }

    /// <summary>Every 1° cell an absence's radius reaches (in a list reused by the next call); none when it has no
    /// radius or coordinates, or when the radius reaches more than 400 cells (those are not matched by coordinates).</summary>
    private List<int> CellsReached(ClaimEntry absent)
    {
        var cells = _cellScratch;
        cells.Clear();
        if (absent.Place?.Coordinates is not { } centre || absent.Radius <= 0)
        {
            return cells;
        }

        const int MaxCells = 400;
        var latitudeDegrees = absent.Radius / MetresPerDegree;
        var cos = Math.Cos(centre.Latitude * Math.PI / 180);
        var longitudeDegrees = cos < 1e-6 ? 360 : latitudeDegrees / cos;
        var (south, north) = ((int)Math.Floor(centre.Latitude - latitudeDegrees), (int)Math.Floor(centre.Latitude + latitudeDegrees));
        var (west, east) = ((int)Math.Floor(centre.Longitude - longitudeDegrees), (int)Math.Floor(centre.Longitude + longitudeDegrees));
        east = Math.Min(east, west + 359);
        // In long: a radius beyond the Earth's saturates the bounds at int.MinValue/MaxValue, whose int difference wraps.
        if (((long)north - south + 1) * ((long)east - west + 1) > MaxCells)
        {
            return cells;
        }

        for (var lat = Math.Max(south, -90); lat <= Math.Min(north, 89); lat++)
        {
            for (var lon = west; lon <= east; lon++)
            {
                cells.Add(CellKey(lat, lon));
            }
        }

        return cells;
    }

    private const double MetresPerDegree = 111_195;

    private static int CellKey(int latitude, int longitude) => ((latitude + 90) * 360) + (((longitude % 360) + 540) % 360);

    private static int CellOf(GeoPoint point) => CellKey((int)Math.Floor(Math.Min(point.Latitude, 89.999)), (int)Math.Floor(point.Longitude));

    /// <summary>Pairs <paramref name="entry"/> with the entries of <paramref name="lookup"/> that
    /// <paramref name="matches"/> (absent, acting); in the bucket of one <paramref name="day"/> (not
    /// <see cref="TimeCells.Timeless"/>), only those for which it is the first day shared with the entry's times,
    /// which start on <paramref name="firstDay"/>.</summary>
    private void PairPresence(ClaimEntry entry, bool entryIsAbsent, BucketKey lookup, Func<ClaimEntry, ClaimEntry, bool> matches, int day = TimeCells.Timeless, int firstDay = 0)
    {
        var others = Entries(lookup);
        for (var i = 0; i < others.Count; i++)
        {
            var other = others[i];
            // A pair met again on a later shared day is not compared again.
            if (day != TimeCells.Timeless && !TimeCells.IsFirstSharedDay(day, firstDay, other.When!))
            {
                continue;
            }

            if (!MayCompare(others.Count - i))
            {
                break;
            }

            var (absent, acting) = entryIsAbsent ? (entry, other) : (other, entry);
            var mayRepeat = absent.Actors.Length > 1 || acting.Actors.Length > 1;
            if (matches(absent, acting) && (!mayRepeat || _presencePairs.Add(((long)absent.Ordinal << 32) | (uint)acting.Ordinal)))
            {
                Emit(_builder.Presence(absent, acting));
            }
        }
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

    private EntryRun<ClaimEntry> Entries(BucketKey key) => _claimBuckets.Get(key);

    /// <summary>The presence facts of a statement naming <paramref name="actors"/> at <paramref name="place"/>, its
    /// name interned and its coordinates' cell found.</summary>
    private PresenceFacts Presence(ActorNode[] actors, Place? place, double radius, FigureFacts figure)
    {
        if (place is null)
        {
            return PresenceFacts.Of(actors, null, KeyInterner.None, KeyInterner.None, radius, figure);
        }

        if (!_placeKeys.TryGetValue(place.Name, out var key))
        {
            key = _placeKeys.Count;
            _placeKeys.Add(place.Name, key);
        }

        return PresenceFacts.Of(actors, place, key, place.Coordinates is { } coordinates ? CellOf(coordinates) : KeyInterner.None, radius, figure);
    }

    /// <summary>A presence statement's radius, normalized once: in metres for an absence ("not within 12 miles"; 0 for
    /// a presence, a radius that is no length or has no upper end), and as the figure compared with the other radii of
    /// its incident (<see cref="CompareRadius"/>; <see cref="FigureFacts.None"/> without an incident, radius or
    /// normalization), made before the statement's presence facts, which carry it.</summary>
    private (double Metres, FigureFacts Figure) Radius(ClaimEntry entry, PresenceStatement presence)
    {
        if (presence.Within is not { } within || !FigureNormalizer.TryNormalize(within, _options.Figures, out var interval, out var dimension, out var factor))
        {
            return (0, FigureFacts.None);
        }

        var metres = !presence.Present && string.Equals(dimension, "length", StringComparison.Ordinal) && !double.IsInfinity(interval.Upper) ? interval.Upper * factor : 0;
        return (metres, entry.IncidentKey != KeyInterner.None ? FigureFacts.Of(dimension, interval, factor, null) : FigureFacts.None);
    }

    private void CompareFigure(ClaimEntry entry, QuantityStatement quantity)
    {
        CompareFigureCore(entry, quantity);
        if (entry.Figure is not null)
        {
            if (_figureCount == _figures.Length)
            {
                var bigger = new ClaimEntry[_figures.Length * 2];
                Array.Copy(_figures, bigger, _figureCount);
                _figures = bigger;
            }

            _figures[_figureCount++] = entry;
        }
    }

    private void CompareFigureCore(ClaimEntry entry, QuantityStatement quantity)
    {
        entry.When = quantity.Period is { } period ? Resolve(period, entry.Claim) : null;
        var countedTo = !quantity.Figure.Cumulative ? null
            : quantity.Figure.AsOf is { } asOf ? Resolve(asOf, entry.Claim)
            : entry.Claim.StatedAt is { } stated ? Resolve(stated, entry.Claim)
            : PublishedTime(entry.Claim);
        entry.FigureFacts = Normalized(quantity.Figure, countedTo);
        if (!ReferenceEquals(entry.FigureFacts, FigureFacts.None))
        {
            CompareFigure(entry, quantity.Figure, BucketKind.Figure, _keys.InternOptional(quantity.Subject), _keys.InternOptional(quantity.Figure.Per), mayConflict: true);
        }
    }

    /// <summary>Compares the radius of a presence statement ("not within 12 miles") with the radii of the other
    /// presence statements about the same actor, incident and presence flag, as figures of their measure.
    /// Radii with the same flag bound the distance in the same direction ("not within 12 mi" and "not within
    /// 20 km" are both lower bounds), so they never contradict: overlapping radii are reported as consistent
    /// comparisons, and radii that do not overlap are no finding.</summary>
    private void CompareRadius(ClaimEntry entry, PresenceStatement presence)
    {
        if (presence.Within is { } within && !ReferenceEquals(entry.FigureFacts, FigureFacts.None))
        {
            CompareFigure(entry, within, BucketKind.PresenceRadius, _keys.Intern(presence.Actors.Count == 1 ? presence.Actors[0] : string.Join(' ', presence.Actors.AsSpan())), presence.Present ? 1 : 0, mayConflict: false);
        }
    }

    /// <summary>The compared facts of <paramref name="figure"/> (counted up to <paramref name="asOf"/> for a running
    /// total); <see cref="FigureFacts.None"/> when it does not normalize.</summary>
    private FigureFacts Normalized(Figure figure, ResolvedTime? asOf) =>
        FigureNormalizer.TryNormalize(figure, _options.Figures, out var interval, out var dimension, out var factor)
            ? FigureFacts.Of(dimension, interval, factor, asOf)
            : FigureFacts.None;

    /// <summary>Compares a figure, normalized into the entry's <see cref="ClaimEntry.FigureFacts"/>, with the figures of
    /// its bucket (incident, measure, dimension and the two discriminators) whose times overlap
    /// <see cref="ClaimEntry.When"/> (a missing time matches any). Intervals that do not overlap are a finding only when
    /// <paramref name="mayConflict"/>. A count of a running total is counted up to <see cref="ClaimEntry.AsOf"/>.</summary>
    private void CompareFigure(ClaimEntry entry, Figure figure, BucketKind kind, int subject, int discriminator, bool mayConflict)
    {
        var key = new BucketKey(kind, entry.IncidentKey, _keys.Intern(figure.Measure), _keys.Intern(entry.Dimension!), subject, discriminator);
        var bucket = AnswersOf(_figureBuckets, key);
        var normalized = entry.Normalized;
        foreach (var group in bucket.Groups)
        {
            // Every member answers as the representative does: same normalized interval, period and as-of time.
            var other = group.Representative;
            if (entry.When is not null && other.When is not null && !entry.When.Overlaps(other.When))
            {
                continue;
            }

            var otherNormalized = other.Normalized;
            if (!normalized.Overlaps(otherNormalized))
            {
                if (!mayConflict)
                {
                    continue;
                }

                if (Chronological(other, entry) is var (earlier, _))
                {
                    // A running total counted at two times: higher later is an update, lower later a conflict.
                    var entryIsEarlier = ReferenceEquals(earlier, entry);
                    var (earlierInterval, laterInterval) = entryIsEarlier ? (normalized, otherNormalized) : (otherNormalized, normalized);
                    if (laterInterval.Lower >= earlierInterval.Upper)
                    {
                        EmitGroup(group, entry, entryIsEarlier ? GroupOutcome.UpdateFromEntry : GroupOutcome.UpdateToEntry);
                    }
                    else
                    {
                        EmitGroup(group, entry, entryIsEarlier ? GroupOutcome.CumulativeFromEntry : GroupOutcome.CumulativeToEntry);
                    }
                }
                else
                {
                    EmitGroup(group, entry, GroupOutcome.Figure);
                }
            }
            else
            {
                EmitGroup(group, entry, GroupOutcome.ConsistentFigure);
            }
        }

        bucket.Add(entry);
    }

    /// <summary>Two counts of a running total in time order, when both are cumulative and counted at times that do not
    /// overlap; <see langword="null"/> otherwise (then they are compared as any two figures).</summary>
    private static (ClaimEntry Earlier, ClaimEntry Later)? Chronological(ClaimEntry a, ClaimEntry b)
    {
        if (a.AsOf is not { } x || b.AsOf is not { } y || x.Overlaps(y))
        {
            return null;
        }

        return x.End <= y.Start ? (a, b) : (b, a);
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

        var bucket = AnswersOf(_occurrences, new BucketKey(BucketKind.Occurrence, entry.IncidentKey, 0));
        foreach (var group in bucket.Groups)
        {
            EmitGroup(group, entry, entry.When.Overlaps(group.Representative.When!) ? GroupOutcome.ConsistentTime : GroupOutcome.Time);
        }

        bucket.Add(entry);
    }

    private ResolvedTime? Resolve(TimeSpec spec, Claim claim) => _times.Resolve(spec, claim.StatedAt, Published(claim));

    /// <summary>When the source of the claim's first report was published, resolved.</summary>
    private ResolvedTime? PublishedTime(Claim claim) => Published(claim) is { } published ? _times.Resolve(published, null, null) : null;

    private TimeSpec? Published(Claim claim) =>
        !claim.Reports.IsEmpty && _sources.TryGetValue(claim.Reports[0].Source, out var source) ? source.Published : null;

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

    private static AnswerBucket<TRule> AnswersOf<TRule>(BucketKeyTable<AnswerBucket<TRule>> buckets, BucketKey key)
        where TRule : IAnswerRule
    {
        ref var bucket = ref buckets.GetValueRefOrAddDefault(key, out _);
        return bucket ??= new AnswerBucket<TRule>();
    }

    /// <summary>Emits the finding or consistent comparison of <paramref name="outcome"/> between each member of
    /// <paramref name="group"/> (the earlier claim) and <paramref name="entry"/>, while the budget lasts; the rest are
    /// counted as dropped in one step.</summary>
    private void EmitGroup(AnswerGroup group, ClaimEntry entry, GroupOutcome outcome)
    {
        var consistent = outcome is GroupOutcome.ConsistentFigure or GroupOutcome.ConsistentTime or GroupOutcome.UpdateFromEntry or GroupOutcome.UpdateToEntry;
        if (consistent && !_options.IncludeConsistentComparisons)
        {
            return;
        }

        for (var i = 0; i < group.Count; i++)
        {
            if (consistent ? _consistentCount >= _budget.MaxConsistentComparisons : _findingCount >= _budget.MaxFindings)
            {
                if (consistent)
                {
                    _consistentDropped += group.Count - i;
                }
                else
                {
                    _findingsDropped += group.Count - i;
                }

                return;
            }

            var other = group[i];
            switch (outcome)
            {
                case GroupOutcome.Responsibility:
                    Emit(_builder.Responsibility(other, entry));
                    break;
                case GroupOutcome.Intent:
                    Emit(_builder.Intent(other, entry));
                    break;
                case GroupOutcome.Figure:
                    Emit(_builder.Figure(other, entry));
                    break;
                case GroupOutcome.CumulativeFromEntry:
                    Emit(_builder.CumulativeFigure(entry, other));
                    break;
                case GroupOutcome.CumulativeToEntry:
                    Emit(_builder.CumulativeFigure(other, entry));
                    break;
                case GroupOutcome.UpdateFromEntry:
                    EmitConsistent(_builder.FigureUpdate(entry, other));
                    break;
                case GroupOutcome.UpdateToEntry:
                    EmitConsistent(_builder.FigureUpdate(other, entry));
                    break;
                case GroupOutcome.ConsistentFigure:
                    EmitConsistent(_builder.ConsistentFigure(other, entry));
                    break;
                case GroupOutcome.Time:
                    Emit(_builder.Time(other, entry));
                    break;
                case GroupOutcome.ConsistentTime:
                    EmitConsistent(_builder.ConsistentTime(other, entry));
                    break;
                case GroupOutcome.TargetsEntryExclusive:
                    Emit(_builder.Target(entry, other));
                    break;
                case GroupOutcome.TargetsMemberExclusive:
                    Emit(_builder.Target(other, entry));
                    break;
                case GroupOutcome.TargetsBothExclusive:
                    // Both exclusive and each names what the other does not: the explanation leads with the canonical first.
                    Emit(Entry.CompareCanonical(entry, other) < 0 ? _builder.Target(entry, other) : _builder.Target(other, entry));
                    break;
                default:
                    throw new UnreachableException($"group outcome {outcome}");
            }
        }
    }

    private void Emit(CompactFinding finding)
    {
        if (Streamed(finding))
        {
            return;
        }

        if (_findingCount >= _budget.MaxFindings)
        {
            _findingsDropped++;
            return;
        }

        if (_collectNew)
        {
            // The add returns it: made now, and kept with the compact finding so the report hands out the same instance.
            var made = finding.ToFinding(_context);
            finding = finding.WithMade(made);
            _new.Add(made);
        }

        CompactFindingChunks.Append(ref _findings, _findingCount++, finding);
    }

    private void EmitConsistent(ConsistentComparison comparison)
    {
        if (_consistentCount >= _budget.MaxConsistentComparisons)
        {
            _consistentDropped++;
            return;
        }

        if (_consistentCount == _consistent.Length)
        {
            var bigger = new ConsistentComparison[Math.Max(8, _consistent.Length * 2)];
            Array.Copy(_consistent, bigger, _consistentCount);
            _consistent = bigger;
        }

        _consistent[_consistentCount++] = comparison;
    }

    /// <summary>Whether the budget's counts changed since the last snapshot; if so, <see cref="_publishedTruncation"/> is
    /// brought up to date.</summary>
    private bool TruncationChanged()
    {
        if (_findingsDropped == 0 && _consistentDropped == 0 && _comparisonsSkipped == 0)
        {
            var had = _publishedTruncation is not null;
            _publishedTruncation = null;
            return had;
        }

        var current = _publishedTruncation;
        if (current is not null && current.FindingsDropped == _findingsDropped && current.ConsistentComparisonsDropped == _consistentDropped
            && current.ComparisonsSkipped == _comparisonsSkipped)
        {
            return false;
        }

        _publishedTruncation = new AnalysisTruncation { FindingsDropped = _findingsDropped, ConsistentComparisonsDropped = _consistentDropped, ComparisonsSkipped = _comparisonsSkipped };
        return true;
    }

    private IReadOnlyList<Finding> Publish()
    {
        RefreshVoices();
        var truncationChanged = TruncationChanged(); // before the test below, which stops at the first change
        var voicesChanged = VoicesChangedSincePublished();
        var current = _snapshot;
        var shared = current.Shared;
        var sharedChanged = shared.Denials != _denials.Count || !ReferenceEquals(shared.Findings, _findings)
            || shared.ConsistentCount != _consistentCount || !ReferenceEquals(shared.Consistent, _consistent)
            || !ReferenceEquals(shared.Revisions, _publishedRevisions) || !ReferenceEquals(shared.Figures, _figures)
            || _incidentsChanged || _sourcesChanged || truncationChanged;
        if (sharedChanged || current.Count != _findingCount || current.Claims != _claims.Count || current.FigureCount != _figureCount
            || voicesChanged)
        {
            if (sharedChanged)
            {
                if (_incidentsChanged)
                {
                    _publishedIncidents = new Dictionary<string, Incident>(_incidents, StringComparer.Ordinal);
                    _incidentsChanged = false;
                }

                if (_sourcesChanged)
                {
                    _publishedSources = new Dictionary<string, Source>(_sources, StringComparer.Ordinal);
                    _sourcesChanged = false;
                }

                shared = new SnapshotShared(
                    _findings, _consistent, _consistentCount, _denials.Count, _publishedRevisions, _figures, _publishedIncidents, _publishedSources, _publishedTruncation);
            }

            Volatile.Write(ref _snapshot, new IndexSnapshot(shared, _findingCount, _claims.Count, _figureCount));
        }

        if (_new.Count == 0)
        {
            return [];
        }

        // Read from the entries (the findings were made by this add): their participants lists stay unbuilt until read.
        var created = _revisions.Count == 0 ? _new.ToArray() : _new.Where(f => !f.Compact.IsRevised(_revisions.ContainsKey)).ToArray();
        _new.Clear();
        Array.Sort(created, FindingOrder.EngineFindings);
        return created;
    }
}
