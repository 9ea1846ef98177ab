using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>The entry point of validation: <see cref="Validate"/> checks a whole document and reports every
/// problem at once, never throwing.</summary>
public static class ClaimValidation
{
    /// <summary>Validates <paramref name="document"/> with <see cref="ClaimDocumentValidator"/>.</summary>
    /// <param name="document">The document; <see langword="null"/> gives one <see cref="ErrorCodes.DocumentNull"/> issue.</param>
    /// <returns>Every issue, in document order (see <see cref="ValidationOutcome"/>).</returns>
    /// <remarks>Never throws for any content of the document (nulls anywhere, cycles, huge collections or
    /// strings). Should the validator itself fail, the outcome holds one <see cref="ErrorCodes.ValidationFailed"/>
    /// issue naming the exception.</remarks>
    public static ValidationOutcome Validate(ClaimDocument document)
    {
        if (document is null)
        {
            return new ValidationOutcome([new ValidationIssue(ErrorCodes.DocumentNull, string.Empty, "the document is missing", null)]);
        }

        try
        {
            var result = ClaimDocumentValidator.Instance.Validate(document);
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
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return new ValidationOutcome(
            [
                new ValidationIssue(ErrorCodes.ValidationFailed, string.Empty, "the validator failed (a defect in ClaimModel, please report it): " + exception.GetType().Name + ": " + exception.Message, null),
            ]);
        }
    }
}
