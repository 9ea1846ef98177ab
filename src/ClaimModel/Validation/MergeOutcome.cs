using System.Globalization;

namespace ClaimModel.Validation;

/// <summary>The result of <see cref="ClaimDocumentMerger.Merge"/>: the merged document and the conflicts found.</summary>
public sealed class MergeOutcome
{
    private readonly Dictionary<string, List<string>> _origins;

    /// <summary>Creates an outcome.</summary>
    /// <param name="document">The merged document.</param>
    /// <param name="issues">The merge issues, in input order.</param>
    public MergeOutcome(ClaimDocument document, IReadOnlyList<ValidationIssue> issues)
        : this(document, issues, new Dictionary<string, List<string>>(StringComparer.Ordinal))
    {
    }

    internal MergeOutcome(ClaimDocument document, IReadOnlyList<ValidationIssue> issues, Dictionary<string, List<string>> origins)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(issues);
        Document = document;
        Issues = issues;
        _origins = origins;
    }

    /// <summary>The merged document: every record once, first occurrence first. Validate it with
    /// <see cref="ClaimValidation.Validate(ClaimDocument)"/> before use; merging does not validate.</summary>
    public ClaimDocument Document { get; }

    /// <summary>The <see cref="ErrorCodes.MergeConflict"/> and <see cref="ErrorCodes.MergeInputNull"/> issues,
    /// in input order.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>Whether the inputs merged without any issue.</summary>
    public bool IsClean => Issues.Count == 0;

    /// <summary>Where a path of the merged <see cref="Document"/> came from, in the form of merge issue paths:
    /// <c>claims[5].reports[0].quote</c> → <c>seeds/002.claims.json: claims[0].reports[0].quote</c>. Use it to
    /// show validation issues of the merged document against the files people edit
    /// (<c>issue with { Path = merge.Origin(issue.Path) }</c>).</summary>
    /// <param name="path">A wire path into the merged document (<see cref="ValidationIssue.Path"/>).</param>
    /// <returns>The path in its input document, or <paramref name="path"/> unchanged when it is not inside a
    /// merged record (the root, the title, an index out of range, an outcome made with the public constructor).</returns>
    public string Origin(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bracket = path.IndexOf('[', StringComparison.Ordinal);
        var close = bracket < 0 ? -1 : path.IndexOf(']', bracket);
        if (close < 0
            || !_origins.TryGetValue(path[..bracket], out var places)
            || !int.TryParse(path.AsSpan(bracket + 1, close - bracket - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || index >= places.Count)
        {
            return path;
        }

        return string.Concat(places[index], path.AsSpan(close + 1));
    }
}
