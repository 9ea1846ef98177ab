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

        var origins = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var merged = new ClaimDocument
        {
            Title = title,
            Actors = MergeCollection(inputs, static d => d.Actors, static a => a.Id, "actors", issues, origins),
            Sources = MergeCollection(inputs, static d => d.Sources, static s => s.Id, "sources", issues, origins),
            Incidents = MergeCollection(inputs, static d => d.Incidents, static i => i.Id, "incidents", issues, origins),
            Claims = MergeCollection(inputs, static d => d.Claims, static c => c.Id, "claims", issues, origins),
            Denials = MergeCollection(inputs, static d => d.Denials, static d => d.Id, "denials", issues, origins),
        };
        return new MergeOutcome(merged, issues, origins);
    }

    private static ValueList<T> MergeCollection<T>(
        List<NamedDocument> inputs,
        Func<ClaimDocument, ValueList<T>> collection,
        Func<T, string?> idOf,
        string collectionName,
        List<ValidationIssue> issues,
        Dictionary<string, List<string>> origins)
        where T : class
    {
        var result = new List<T>();
        var places = new List<string>();
        origins[collectionName] = places;
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
