using System.Globalization;
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
    /// <remarks>
    /// <para>The document's own amendments are applied first (<see cref="AmendmentApplier"/>), and the result is
    /// validated: what an amendment adds is checked where it lands (a report's statement positions against the
    /// claim, an affiliation cycle or identity conflict it creates, the voices of an update) and reported at the
    /// amendment's path (<c>amendments[0].reports[0].source</c>); the amendments that cannot be applied are checked
    /// as they are (<see cref="AmendmentValidator"/>). A document that amends records of another document is
    /// validated merged with it (<see cref="ClaimDocumentMerger"/>). <see cref="ClaimDocumentValidator"/> used
    /// directly validates the document as given, without applying its amendments.</para>
    /// <para>Never throws for any content of the document (nulls anywhere, cycles, huge collections or strings).
    /// Should the validator itself fail, the outcome holds one <see cref="ErrorCodes.ValidationFailed"/> issue naming
    /// the exception.</para>
    /// </remarks>
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
    /// <exception cref="OperationCanceledException">The validation was cancelled.</exception>
    /// <remarks>An exception thrown by <paramref name="progress"/>'s callback is the caller's: it leaves this method as
    /// it was thrown (the validation stops there). Nothing else is thrown.</remarks>
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
            var trace = document.Amendments.IsEmpty ? null : new AmendmentTrace();
            var amended = trace is null ? document : AmendmentApplier.Apply(document, trace);
            var origins = ReferenceEquals(amended, document) ? null : OriginsOf(trace!);
            var context = new ValidationContext<ClaimDocument>(amended);
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
                if (origins is not null)
                {
                    path = origins.Map(path);
                }

                var (rank, index) = IssuePath.RecordKey(path);
                var severity = failure.Severity == Severity.Error ? IssueSeverity.Error : IssueSeverity.Warning;
                issues[i] = (rank, index, i, new ValidationIssue(failure.ErrorCode, path, failure.ErrorMessage, ValueText.Format(failure.AttemptedValue), severity));
            }

            Array.Sort(issues, static (a, b) =>
                a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : a.Index != b.Index ? a.Index.CompareTo(b.Index) : a.Order.CompareTo(b.Order));
            return new ValidationOutcome(Array.ConvertAll(issues, static x => x.Issue));
        }
#pragma warning disable CA1031 // Validation must never throw: a defect in a rule becomes an issue.
        catch (Exception exception) when (run?.CallbackFailure is null && exception is not OutOfMemoryException && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested))
#pragma warning restore CA1031
        {
            return new ValidationOutcome(
            [
                new ValidationIssue(ErrorCodes.ValidationFailed, string.Empty, "the validator failed (a defect in ClaimModel, please report it): " + exception.GetType().Name + ": " + exception.Message, null),
            ]);
        }
    }

    /// <summary>Maps paths of the amended document to the document as given: an added element to the amendment
    /// that added it, an amendment kept unapplied to its index among the given amendments.</summary>
    private static PathOrigins OriginsOf(AmendmentTrace trace)
    {
        var origins = new PathOrigins();
        foreach (var added in trace.Added)
        {
            origins.SetPart(added.Part, string.Create(CultureInfo.InvariantCulture, $"amendments[{added.Amendment}].{added.Member}[{added.Element}]"));
        }

        origins.SetRecords("amendments", trace.Kept.ConvertAll(static k => string.Create(CultureInfo.InvariantCulture, $"amendments[{k}]")));
        return origins;
    }
}
