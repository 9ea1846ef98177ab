namespace ClaimModel.Validation;

/// <summary>The lookup sets of one document, built once per validation (not per record): which record owns
/// each id in the document-wide id space, and which records repeat an id.</summary>
/// <remarks>The first record with an id owns it; later ones are <see cref="Duplicates"/>. Null records and
/// null ids are skipped (other rules report them).</remarks>
internal sealed class DocumentIndex
{
    /// <summary>The key under which the index travels in FluentValidation's <c>RootContextData</c>.</summary>
    public const string ContextKey = "ClaimModel.Validation.DocumentIndex";

    private readonly Dictionary<string, (EntityKind Kind, int Index)> _owners;
    private readonly List<Duplicate> _duplicates = [];
    private VoiceResolver? _voices;
    private SourceTextIndex?[]? _sourceTexts;

    /// <summary>Indexes <paramref name="document"/>.</summary>
    public DocumentIndex(ClaimDocument document)
    {
        Document = document;

        // Sized once: growing it would allocate (on the large object heap, for a large document) every smaller size too.
        _owners = new(document.Actors.Count + document.Sources.Count + document.Incidents.Count + document.Claims.Count + document.Denials.Count, StringComparer.Ordinal);
        AddAll(document.Actors, static a => a.Id, EntityKind.Actor);
        AddAll(document.Sources, static s => s.Id, EntityKind.Source);
        AddAll(document.Incidents, static i => i.Id, EntityKind.Incident);
        AddAll(document.Claims, static c => c.Id, EntityKind.Claim);
        AddAll(document.Denials, static d => d.Id, EntityKind.Denial);
    }

    /// <summary>A record whose id an earlier record already owns.</summary>
    /// <param name="Id">The repeated id.</param>
    /// <param name="Kind">The repeating record's kind.</param>
    /// <param name="Index">The repeating record's index in its collection.</param>
    /// <param name="OwnerKind">The owner's kind.</param>
    /// <param name="OwnerIndex">The owner's index in its collection.</param>
    public readonly record struct Duplicate(string Id, EntityKind Kind, int Index, EntityKind OwnerKind, int OwnerIndex);

    /// <summary>The indexed document.</summary>
    public ClaimDocument Document { get; }

    /// <summary>Every repeated id, in document order.</summary>
    public IReadOnlyList<Duplicate> Duplicates => _duplicates;

    /// <summary>Finds the record that owns <paramref name="id"/>.</summary>
    public bool TryFind(string id, out EntityKind kind, out int index)
    {
        if (_owners.TryGetValue(id, out var owner))
        {
            (kind, index) = owner;
            return true;
        }

        (kind, index) = (default, -1);
        return false;
    }

    /// <summary>The index of the actor that owns <paramref name="id"/>, or −1.</summary>
    public int ActorIndex(string? id) => IndexOf(id, EntityKind.Actor);

    /// <summary>The index of the claim that owns <paramref name="id"/>, or −1.</summary>
    public int ClaimIndex(string? id) => IndexOf(id, EntityKind.Claim);

    /// <summary>The voices of the document's actors (built at the first call; see <see cref="VoiceResolver"/>).</summary>
    public VoiceResolver Voices => _voices ??= new VoiceResolver(Document.Actors, ActorIndex);

    /// <summary>The index of the incident that owns <paramref name="id"/>, or −1.</summary>
    public int IncidentIndex(string? id) => IndexOf(id, EntityKind.Incident);

    /// <summary>The text of the source that owns <paramref name="id"/>, prepared for quote searches (made at the first
    /// call per source, so every quote naming the source shares its tables), or <see langword="null"/> when there is
    /// no such source or it has no text.</summary>
    public SourceTextIndex? FindSourceText(string? id)
    {
        var index = IndexOf(id, EntityKind.Source);
        if (index < 0 || Document.Sources[index]?.Text is not { } text)
        {
            return null;
        }

        var texts = _sourceTexts ??= new SourceTextIndex?[Document.Sources.Count];
        return texts[index] ?? Interlocked.CompareExchange(ref texts[index], new SourceTextIndex(text), null) ?? texts[index]!;
    }

    private int IndexOf(string? id, EntityKind kind) =>
        id is not null && _owners.TryGetValue(id, out var owner) && owner.Kind == kind ? owner.Index : -1;

    private void AddAll<T>(ValueList<T> records, Func<T, string?> idOf, EntityKind kind)
        where T : class
    {
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i] is { } record && idOf(record) is { } id)
            {
                Add(id, kind, i);
            }
        }
    }

    private void Add(string id, EntityKind kind, int index)
    {
        if (!_owners.TryAdd(id, (kind, index)))
        {
            var owner = _owners[id];
            _duplicates.Add(new Duplicate(id, kind, index, owner.Kind, owner.Index));
        }
    }
}
