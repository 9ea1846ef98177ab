namespace ClaimModel.Validation;

/// <summary>How far a validation has got (<see cref="ClaimValidation.Validate(ClaimDocument, IProgress{ValidationProgress}?, CancellationToken)"/>):
/// the records (actors, sources, incidents, claims, denials) checked so far, reported every
/// <see cref="ClaimValidation.ProgressStride"/> records of a collection and once at the end with
/// <c>RecordsChecked == RecordCount</c>. The checks that span records (ids, references, cycles) run after.</summary>
/// <remarks>Value equality over every member.</remarks>
/// <param name="RecordsChecked">The records checked so far (never more than <paramref name="RecordCount"/>).</param>
/// <param name="RecordCount">The records of the document.</param>
public sealed record ValidationProgress(int RecordsChecked, int RecordCount);
