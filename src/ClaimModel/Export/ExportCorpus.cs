using ClaimModel.Validation;

namespace ClaimModel.Export;

/// <summary>What the exports read from a document: its amendments applied, actors and sources by id, and the
/// utterances (claims, then denials, in document order).</summary>
/// <remarks>The exports expect a valid document (see <see cref="ClaimValidation"/>); a reference that resolves to
/// nothing is an <see cref="ArgumentException"/>, never a silent guess.</remarks>
internal sealed class ExportCorpus
{
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Source> _sources = new(StringComparer.Ordinal);

    public ExportCorpus(ClaimDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = AmendmentApplier.Apply(document);
        foreach (var actor in Document.Actors)
        {
            _actors.TryAdd(actor.Id, actor);
        }

        foreach (var source in Document.Sources)
        {
            _sources.TryAdd(source.Id, source);
        }

        var utterances = new List<ExportUtterance>(Document.Claims.Count + Document.Denials.Count);
        foreach (var claim in Document.Claims)
        {
            utterances.Add(new ExportUtterance(claim.Id, false, claim.Claimant, claim.StatedAt, claim.Reports, claim, null));
        }

        foreach (var denial in Document.Denials)
        {
            utterances.Add(new ExportUtterance(denial.Id, true, denial.Claimant, denial.StatedAt, denial.Reports, null, denial));
        }

        Utterances = utterances;
    }

    public ClaimDocument Document { get; }

    public IReadOnlyList<ExportUtterance> Utterances { get; }

    public bool IsActor(string id) => _actors.ContainsKey(id);

    public bool IsSource(string id) => _sources.ContainsKey(id);

    public Actor Actor(string id) => _actors.TryGetValue(id, out var actor)
        ? actor
        : throw new ArgumentException($"The actor '{id}' is not defined in the document (validate it first).", "document");

    public Source Source(string id) => _sources.TryGetValue(id, out var source)
        ? source
        : throw new ArgumentException($"The source '{id}' is not defined in the document (validate it first).", "document");

    /// <summary>Whether a <see cref="Report.Via"/> element names an actor (else a source).</summary>
    public bool RelayIsActor(string relay) => IsActor(relay) || (IsSource(relay)
        ? false
        : throw new ArgumentException($"The relay '{relay}' names neither an actor nor a source of the document (validate it first).", "document"));

    /// <summary>The distinct sources of the reports, in report order.</summary>
    public List<Source> SourcesOf(ExportUtterance utterance)
    {
        var sources = new List<Source>(utterance.Reports.Count);
        foreach (var report in utterance.Reports)
        {
            var source = Source(report.Source);
            if (!sources.Contains(source))
            {
                sources.Add(source);
            }
        }

        return sources;
    }

    /// <summary>The earliest dated of <paramref name="sources"/> (the first of equals), or <see langword="null"/>
    /// when none has a publication time with a start.</summary>
    public static Source? Earliest(List<Source> sources)
    {
        Source? earliest = null;
        foreach (var source in sources)
        {
            if (source.Published?.Start is { } start && (earliest is null || start < earliest.Published!.Start!.Value))
            {
                earliest = source;
            }
        }

        return earliest;
    }
}
