using System.Globalization;

namespace ClaimModel.Validation;

/// <summary>Merges several documents (a shared actors/sources/incidents document plus one document per article)
/// into one.</summary>
/// <remarks>
/// <para>Each collection (actors, sources, incidents, claims, denials) is merged on its own, inputs in the order
/// given and records in their order: a record whose id was not seen yet in that collection is appended; a record
/// equal (record <c>Equals</c>, value equality) to the one already there is dropped; a different record with the
/// same id is dropped and reported as <see cref="ErrorCodes.MergeConflict"/> — the first occurrence wins.
/// Records with a <see langword="null"/> id and <see langword="null"/> elements are kept as they are, for
/// validation to report. The same id in two different collections is not a merge conflict; validating the
/// merged document reports it (<see cref="ErrorCodes.IdDuplicate"/>).</para>
/// <para>Amendments (<see cref="ClaimDocument.Amendments"/>) are gathered from every input, in input order and
/// document order (an amendment equal to one gathered already is dropped), and then applied to the merged records
/// with <see cref="AmendmentApplier"/>, wherever the amended record was defined: a report, alias, affiliation or
/// identity link not already there is appended, in that order, so the inputs' order decides only the order of the
/// appended elements, and the same addition from two inputs appears once. An amendment that cannot be applied (its
/// target is in no input, it adds what its target cannot take …) stays in the merged document's amendments:
/// validating the merged document reports it, and <see cref="MergeOutcome.Origin"/> names it in its input.</para>
/// <para>The title is the first non-null title. The result is deterministic: the same inputs in the same order
/// give the same document and issues.</para>
/// </remarks>
public static class ClaimDocumentMerger
{
    /// <summary>Merges <paramref name="documents"/>, first occurrence first.</summary>
    /// <param name="documents">The named documents, in priority order.</param>
    /// <returns>The merged document and the issues (paths are <c>name: collection[index]</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="documents"/> is <see langword="null"/>.</exception>
    public static MergeOutcome Merge(IEnumerable<NamedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var issues = new List<ValidationIssue>();
        var inputs = new List<NamedDocument>();
        var position = 0;
        foreach (var input in documents)
        {
            var inputPath = string.Create(CultureInfo.InvariantCulture, $"inputs[{position}]");
            if (input?.Document is null)
            {
                issues.Add(new ValidationIssue(ErrorCodes.MergeInputNull, input?.Name ?? inputPath, input is null ? "the merge input is missing" : "the input's document is missing", null));
            }
            else
            {
                inputs.Add(input.Name is null ? input with { Name = inputPath } : input);
            }

            position++;
        }

        string? title = null;
        foreach (var input in inputs)
        {
            title ??= input.Document.Title;
        }

        var origins = new PathOrigins();
        var (amendments, amendmentPlaces) = GatherAmendments(inputs);
        var merged = new ClaimDocument
        {
            Title = title,
            Actors = MergeCollection(inputs, static d => d.Actors, static a => a.Id, "actors", issues, origins),
            Sources = MergeCollection(inputs, static d => d.Sources, static s => s.Id, "sources", issues, origins),
            Incidents = MergeCollection(inputs, static d => d.Incidents, static i => i.Id, "incidents", issues, origins),
            Claims = MergeCollection(inputs, static d => d.Claims, static c => c.Id, "claims", issues, origins),
            Denials = MergeCollection(inputs, static d => d.Denials, static d => d.Id, "denials", issues, origins),
            Amendments = amendments,
        };

        var trace = new AmendmentTrace();
        var amended = AmendmentApplier.Apply(merged, trace);
        if (ReferenceEquals(amended, merged))
        {
            origins.SetRecords("amendments", amendmentPlaces);
            return new MergeOutcome(merged, issues, origins);
        }

        foreach (var added in trace.Added)
        {
            origins.SetPart(added.Part, string.Create(CultureInfo.InvariantCulture, $"{amendmentPlaces[added.Amendment]}.{added.Member}[{added.Element}]"));
        }

        origins.SetRecords("amendments", trace.Kept.ConvertAll(k => amendmentPlaces[k]));
        return new MergeOutcome(amended, issues, origins);
    }

    /// <summary>Every input's amendments, in order, without repeats (equal amendments are kept once; null elements
    /// are kept, for validation to report), with the place of each.</summary>
    private static (ValueList<Amendment> Amendments, List<string> Places) GatherAmendments(List<NamedDocument> inputs)
    {
        var amendments = new List<Amendment>();
        var places = new List<string>();
        var seen = new HashSet<Amendment>();
        foreach (var input in inputs)
        {
            var own = input.Document.Amendments;
            for (var i = 0; i < own.Count; i++)
            {
                var amendment = own[i];
                if (amendment is null || seen.Add(amendment))
                {
                    amendments.Add(amendment!);
                    places.Add(string.Create(CultureInfo.InvariantCulture, $"{input.Name}: amendments[{i}]"));
                }
            }
        }

        return (ValueList.From(amendments), places);
    }

    private static ValueList<T> MergeCollection<T>(
        List<NamedDocument> inputs,
        Func<ClaimDocument, ValueList<T>> collection,
        Func<T, string?> idOf,
        string collectionName,
        List<ValidationIssue> issues,
        PathOrigins origins)
        where T : class
    {
        var result = new List<T>();
        var places = new List<string>();
        origins.SetRecords(collectionName, places);
        var seen = new Dictionary<string, (T Record, string Place)>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var records = collection(input.Document);
            for (var i = 0; i < records.Count; i++)
            {
                var record = records[i];
                var id = record is null ? null : idOf(record);
                var place = string.Create(CultureInfo.InvariantCulture, $"{input.Name}: {collectionName}[{i}]");
                if (id is null)
                {
                    result.Add(record!);
                    places.Add(place);
                    continue;
                }

                if (!seen.TryGetValue(id, out var first))
                {
                    seen.Add(id, (record!, place));
                    result.Add(record!);
                    places.Add(place);
                }
                else if (!first.Record.Equals(record))
                {
                    issues.Add(new ValidationIssue(
                        ErrorCodes.MergeConflict,
                        place,
                        "has id '" + ValueText.Cut(id) + "' like " + first.Place + " but different content; the first is kept: make the two records equal or give one another id",
                        id));
                }
            }
        }

        return ValueList.From(result);
    }
}
