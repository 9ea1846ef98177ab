namespace ClaimModel.Engine;

/// <summary>A <see cref="ContradictionIndex"/> any number of threads may add to at once — the index for a service
/// that takes claims from many requests. Adds are serialised by one lock; <see cref="GetReport"/> takes no lock and
/// returns the latest whole snapshot, as on the index itself.</summary>
/// <remarks>
/// <para>Every add runs whole under the lock, so its returned findings are exactly the ones it created, and the
/// final report equals the batch report of the same records (<see cref="ContradictionDetector"/>), whatever the
/// interleaving — provided the actors, sources and incidents a claim refers to are added before it, as on the index.</para>
/// <para>Writers wait for each other: an add costs what it costs on the index plus the wait. For a stream that must
/// never block its producers, feed one writer through a channel instead
/// (<c>System.Threading.Channels.Channel.CreateUnbounded&lt;Claim&gt;()</c>, one reader loop calling
/// <see cref="ContradictionIndex.AddClaim"/>).</para>
/// </remarks>
public sealed partial class SynchronizedContradictionIndex
{
    private readonly Lock _lock = new();
    private readonly ContradictionIndex _index;

    /// <summary>Creates an empty index.</summary>
    /// <param name="options">The policies; <see cref="DetectionOptions.Default"/> when <see langword="null"/>.</param>
    public SynchronizedContradictionIndex(DetectionOptions? options = null) => _index = new ContradictionIndex(options);

    /// <summary>Adds (or replaces) an actor (<see cref="ContradictionIndex.AddActor"/>).</summary>
    /// <param name="actor">The actor.</param>
    public void AddActor(Actor actor)
    {
        lock (_lock)
        {
            _index.AddActor(actor);
        }
    }

    /// <summary>Adds (or replaces) a source (<see cref="ContradictionIndex.AddSource"/>).</summary>
    /// <param name="source">The source.</param>
    public void AddSource(Source source)
    {
        lock (_lock)
        {
            _index.AddSource(source);
        }
    }

    /// <summary>Adds (or replaces) an incident (<see cref="ContradictionIndex.AddIncident"/>).</summary>
    /// <param name="incident">The incident.</param>
    public void AddIncident(Incident incident)
    {
        lock (_lock)
        {
            _index.AddIncident(incident);
        }
    }

    /// <summary>Adds a claim and returns the findings it creates (<see cref="ContradictionIndex.AddClaim"/>).</summary>
    /// <param name="claim">The claim.</param>
    public IReadOnlyList<Finding> AddClaim(Claim claim)
    {
        lock (_lock)
        {
            return _index.AddClaim(claim);
        }
    }

    /// <summary>Adds a denial and returns the findings it creates (<see cref="ContradictionIndex.AddDenial"/>).</summary>
    /// <param name="denial">The denial.</param>
    public IReadOnlyList<Finding> AddDenial(Denial denial)
    {
        lock (_lock)
        {
            return _index.AddDenial(denial);
        }
    }

    /// <summary>Adds a document and returns the findings it creates (<see cref="ContradictionIndex.AddDocument"/>);
    /// the whole document is one add.</summary>
    /// <param name="document">The document.</param>
    public IReadOnlyList<Finding> AddDocument(ClaimDocument document)
    {
        lock (_lock)
        {
            return _index.AddDocument(document);
        }
    }

    /// <summary>All findings so far (<see cref="ContradictionIndex.GetReport"/>): lock-free, from any thread, also
    /// while adds run; a reader sees the state before or after a whole add.</summary>
    public ContradictionReport GetReport() => _index.GetReport();
}
