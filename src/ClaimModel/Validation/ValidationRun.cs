using System.Runtime.ExceptionServices;
using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>The cancellation and progress of one <see cref="ClaimValidation.Validate(ClaimDocument, IProgress{ValidationProgress}?, CancellationToken)"/>,
/// carried in the validation context's root data so that the loops over a document's large collections
/// (<see cref="ChildRecords.Elements{TElement, TValidator}"/>) can check the token and tell the progress every
/// <see cref="ClaimValidation.ProgressStride"/> elements. Absent for the plain <c>Validate</c>, which pays one
/// length test per collection.</summary>
internal sealed class ValidationRun
{
    /// <summary>The key of the run in <see cref="IValidationContext.RootContextData"/>.</summary>
    public const string ContextKey = "ClaimModel.ValidationRun";

    private readonly IProgress<ValidationProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly int _count;
    private int _checked;

    /// <summary>The exception the caller's progress callback threw, if it threw: it belongs to the caller and
    /// leaves <see cref="ClaimValidation.Validate(ClaimDocument, IProgress{ValidationProgress}?, CancellationToken)"/>
    /// as it was thrown, not as a validation issue.</summary>
    public ExceptionDispatchInfo? CallbackFailure { get; private set; }

    /// <summary>A run over <paramref name="count"/> records.</summary>
    public ValidationRun(int count, IProgress<ValidationProgress>? progress, CancellationToken cancellationToken)
    {
        _count = count;
        _progress = progress;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The run of <paramref name="context"/>, if any.</summary>
    public static ValidationRun? Of(IValidationContext context) =>
        context.RootContextData.TryGetValue(ContextKey, out var run) ? run as ValidationRun : null;

    /// <summary>Counts <paramref name="records"/> more records checked, tells the progress, then checks the token.</summary>
    /// <exception cref="OperationCanceledException">The token is cancelled.</exception>
    public void Advance(int records)
    {
        _checked = Math.Min(_count, _checked + records);
        Report();
        _cancellationToken.ThrowIfCancellationRequested();
    }

    /// <summary>Tells the progress that every record is checked.</summary>
    public void Complete()
    {
        _checked = _count;
        Report();
    }

    private void Report()
    {
        if (_progress is null)
        {
            return;
        }

        try
        {
            _progress.Report(new ValidationProgress(_checked, _count));
        }
        catch (Exception exception)
        {
            CallbackFailure = ExceptionDispatchInfo.Capture(exception);
            throw;
        }
    }
}
