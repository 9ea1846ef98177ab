using ClaimModel.Validation;

namespace ClaimModel.Loading;

/// <summary>What <see cref="ClaimDocumentLoader"/> read: each document by name, their merge into one corpus, and the
/// inputs that could not be read.</summary>
/// <remarks>
/// <para>The documents read are merged whether or not some inputs failed, so a caller may analyse the readable
/// rest (the command line's <c>--skip-unreadable</c>) or refuse to go on (<see cref="IsReadable"/>).</para>
/// <para>Equality: <see cref="Documents"/> and <see cref="Failures"/> by value, <see cref="Merge"/> by reference.</para>
/// </remarks>
/// <param name="Documents">The documents read, in load order (the order of the paths given; a folder's files in
/// ordinal order of their relative paths), each named as in <see cref="LoadFailure.Path"/>.</param>
/// <param name="Merge">The documents merged by <see cref="ClaimDocumentMerger.Merge"/>, with the merge issues and
/// the origin of every merged record.</param>
/// <param name="Failures">The inputs that could not be read, in load order.</param>
public sealed record LoadedCorpus(ValueList<NamedDocument> Documents, MergeOutcome Merge, ValueList<LoadFailure> Failures)
{
    /// <summary>Whether every input was read.</summary>
    public bool IsReadable => Failures.IsEmpty;

    /// <summary>The merged document (<see cref="MergeOutcome.Document"/>).</summary>
    public ClaimDocument Document => Merge.Document;

    /// <summary>Validates the merged corpus: the merge issues first, then every issue of
    /// <see cref="ClaimValidation.Validate(ClaimDocument)"/> on the merged document with its path shown in the file it came from
    /// (<see cref="MergeOutcome.Origin"/>: <c>seeds/002.claims.json: claims[0].claimant</c>). Unreadable inputs are
    /// not issues: see <see cref="Failures"/>.</summary>
    /// <returns>The issues, merge issues first, then in document order of the merged document.</returns>
    public ValidationOutcome Validate() => Validate(null);

    /// <summary>Validates the merged corpus as <see cref="Validate()"/> does, telling <paramref name="progress"/> how
    /// far it has got and stopping when <paramref name="cancellationToken"/> is cancelled
    /// (<see cref="ClaimValidation.Validate(ClaimDocument, IProgress{ValidationProgress}?, CancellationToken)"/>).</summary>
    /// <param name="progress">Told how many records are checked; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked every <see cref="ClaimValidation.ProgressStride"/> records.</param>
    /// <returns>The same outcome as <see cref="Validate()"/>.</returns>
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    public ValidationOutcome Validate(IProgress<ValidationProgress>? progress, CancellationToken cancellationToken = default)
    {
        var validation = ClaimValidation.Validate(Merge.Document, progress, cancellationToken).Issues;
        var issues = new List<ValidationIssue>(Merge.Issues.Count + validation.Count);
        issues.AddRange(Merge.Issues);
        foreach (var issue in validation)
        {
            issues.Add(issue with { Path = Merge.Origin(issue.Path) });
        }

        return new ValidationOutcome(issues);
    }
}
