namespace ClaimModel.Validation;

/// <summary>The result of <see cref="ClaimDocumentMerger.Merge"/>: the merged document and the conflicts found.</summary>
public sealed class MergeOutcome
{
    private readonly PathOrigins _origins;

    /// <summary>Creates an outcome.</summary>
    /// <param name="document">The merged document.</param>
    /// <param name="issues">The merge issues, in input order.</param>
    public MergeOutcome(ClaimDocument document, IReadOnlyList<ValidationIssue> issues)
        : this(document, issues, new PathOrigins())
    {
    }

    internal MergeOutcome(ClaimDocument document, IReadOnlyList<ValidationIssue> issues, PathOrigins origins)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(issues);
        Document = document;
        Issues = issues;
        _origins = origins;
    }

    /// <summary>The merged document: every record once, first occurrence first, with the inputs' amendments applied
    /// (the ones that could not be applied left in its amendments). Validate it with
    /// <see cref="ClaimValidation.Validate(ClaimDocument)"/> before use; merging does not validate.</summary>
    public ClaimDocument Document { get; }

    /// <summary>The <see cref="ErrorCodes.MergeConflict"/> and <see cref="ErrorCodes.MergeInputNull"/> issues,
    /// in input order.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>Whether the inputs merged without any issue.</summary>
    public bool IsClean => Issues.Count == 0;

    /// <summary>Where a path of the merged <see cref="Document"/> came from, in the form of merge issue paths:
    /// <c>claims[5].reports[0].quote</c> → <c>seeds/002.claims.json: claims[0].reports[0].quote</c>; an element an
    /// amendment added maps to the amendment (<c>claims[5].reports[1].source</c> →
    /// <c>seeds/003.claims.json: amendments[0].reports[0].source</c>), and so does an amendment the merge could not
    /// apply (<c>amendments[0].amends</c> → <c>seeds/003.claims.json: amendments[2].amends</c>). Use it to show
    /// validation issues of the merged document against the files people edit
    /// (<c>issue with { Path = merge.Origin(issue.Path) }</c>).</summary>
    /// <param name="path">A wire path into the merged document (<see cref="ValidationIssue.Path"/>).</param>
    /// <returns>The path in its input document, or <paramref name="path"/> unchanged when it is not inside a
    /// merged record (the root, the title, an index out of range, an outcome made with the public constructor).</returns>
    public string Origin(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return _origins.Map(path);
    }
}
