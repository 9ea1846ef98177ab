namespace ClaimModel.Validation;

/// <summary>The result of <see cref="ClaimDocumentMerger.Merge"/>: the merged document and the conflicts found.</summary>
public sealed class MergeOutcome
{
    /// <summary>Creates an outcome.</summary>
    /// <param name="document">The merged document.</param>
    /// <param name="issues">The merge issues, in input order.</param>
    public MergeOutcome(ClaimDocument document, IReadOnlyList<ValidationIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(issues);
        Document = document;
        Issues = issues;
    }

    /// <summary>The merged document: every record once, first occurrence first. Validate it with
    /// <see cref="ClaimValidation.Validate"/> before use; merging does not validate.</summary>
    public ClaimDocument Document { get; }

    /// <summary>The <see cref="ErrorCodes.MergeConflict"/> and <see cref="ErrorCodes.MergeInputNull"/> issues,
    /// in input order.</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; }

    /// <summary>Whether the inputs merged without any issue.</summary>
    public bool IsClean => Issues.Count == 0;
}
