using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>The entry point of validation: <see cref="Validate(ClaimDocument)"/> checks a whole document and reports every
/// problem at once, never throwing.</summary>
public static class ClaimValidation
{
    /// <summary>How many records of a collection are checked between two progress reports and cancellation checks
    /// of <see cref="Validate(ClaimDocument, IProgress{ValidationProgress}?, CancellationToken)"/>: 4096.</summary>
    public const int ProgressStride = 4096;

    /// <summary>Validates <paramref name="document"/> with <see cref="ClaimDocumentValidator"/>.</summary>
    /// <param name="document">The document; <see langword="null"/> gives one <see cref="ErrorCodes.DocumentNull"/> issue.</param>
    /// <returns>Every issue, in document order (see <see cref="ValidationOutcome"/>).</returns>
    /// <remarks>Never throws for any content of the document (nulls anywhere, cycles, huge collections or
    /// strings). Should the validator itself fail, the outcome holds one <see cref="ErrorCodes.ValidationFailed"/>
    /// issue naming the exception.</remarks>
    public static ValidationOutcome Validate(ClaimDocument document) => Validate(document, null);

    /// <summary>Validates <paramref name="document"/> as <see cref="Validate(ClaimDocument)"/> does, telling
    /// <paramref name="progress"/> how far it has got and stopping when <paramref name="cancellationToken"/> is
    /// cancelled.</summary>
    /// <param name="document">The document; <see langword="null"/> gives one <see cref="ErrorCodes.DocumentNull"/> issue.</param>
    /// <param name="progress">Told how many records are checked (<see cref="ValidationProgress"/>), on the validating
    /// thread; may be <see langword="null"/>.</param>
    /// <param name="cancellationToken">Checked before the validation and every <see cref="ProgressStride"/> records of
    /// a collection.</param>
    /// <returns>The same outcome as <see cref="Validate(ClaimDocument)"/>.</returns>
    /// <exception cref="OperationCanceledException">The validation was cancelled (the only exception it throws).</exception>
    public static ValidationOutcome Validate(ClaimDocument document, IProgress<ValidationProgress>? progress, CancellationToken cancellationToken = default)
    {
        if (document is null)
        {
            return new ValidationOutcome([new ValidationIssue(ErrorCodes.DocumentNull, string.Empty, "the document is missing", null)]);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var run = progress is null && !cancellationToken.CanBeCanceled
            ? null
            : new ValidationRun(
                document.Actors.Count + document.Sources.Count + document.Incidents.Count + document.Claims.Count + document.Denials.Count,
                progress,
                cancellationToken);
        try
        {
            var context = new ValidationContext<ClaimDocument>(document);
            if (run is not null)
            {
                context.RootContextData[ValidationRun.ContextKey] = run;
            }

            var result = ClaimDocumentValidator.Instance.Validate(context);
            run?.Complete();
            var issues = new (int Rank, int Index, int Order, ValidationIssue Issue)[result.Errors.Count];
            for (var i = 0; i < issues.Length; i++)
            {
                var failure = result.Errors[i];
                var path = IssuePath.ToWire(failure.PropertyName);
                var (rank, index) = IssuePath.RecordKey(path);
                var severity = failure.Severity == Severity.Error ? IssueSeverity.Error : IssueSeverity.Warning;
                issues[i] = (rank, index, i, new ValidationIssue(failure.ErrorCode, path, failure.ErrorMessage, ValueText.Format(failure.AttemptedValue), severity));
            }

            Array.Sort(issues, static (a, b) =>
                a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Index != b.Index ? a.Index.CompareTo(b.Index) : a.Order.CompareTo(b.Order));
            return new ValidationOutcome(Array.ConvertAll(issues, static x => x.Issue));
        }
#pragma warning disable CA1031 // Validation must never throw: a defect in a rule becomes an issue.
        catch (Exception exception) when (exception is not OutOfMemoryException && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
#pragma warning restore CA1031
        {
            return new ValidationOutcome(
            [
                new ValidationIssue(ErrorCodes.ValidationFailed, string.Empty, "the validator failed (a defect in ClaimModel, please report it): " + exception.GetType().Name + ": " + exception.Message, null),
            ]);
        }
    }
}
