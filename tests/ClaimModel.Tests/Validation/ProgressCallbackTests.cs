using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>A progress callback that throws during
/// <see cref="ClaimValidation.Validate(ClaimDocument, IProgress{ValidationProgress}?, CancellationToken)"/>: the
/// exception is the caller's, so it leaves the validation as it was thrown, not as a validation issue — while a
/// failure of the validator itself still becomes one <c>validation-failed</c> issue.</summary>
public class ProgressCallbackTests
{
    private sealed class Throwing(Func<ValidationProgress, bool> when) : IProgress<ValidationProgress>
    {
        public InvalidOperationException Thrown { get; } = new("the caller's callback failed");

        public int Calls { get; private set; }

        public void Report(ValidationProgress value)
        {
            Calls++;
            if (when(value))
            {
                throw Thrown;
            }
        }
    }

    [Fact]
    public void A_callback_that_throws_at_the_end_throws_its_own_exception_to_the_caller()
    {
        var progress = new Throwing(_ => true);

        var thrown = Assert.Throws<InvalidOperationException>(() => ClaimValidation.Validate(Document, progress));

        Assert.Same(progress.Thrown, thrown);
        Assert.Equal(1, progress.Calls);
    }

    [Fact]
    public void A_callback_that_throws_after_a_stride_stops_the_validation_there()
    {
        var progress = new Throwing(p => p.RecordsChecked == ClaimValidation.ProgressStride);

        var thrown = Assert.Throws<InvalidOperationException>(() => ClaimValidation.Validate(WithClaims((2 * ClaimValidation.ProgressStride) + 1), progress));

        Assert.Same(progress.Thrown, thrown);
        Assert.Equal(1, progress.Calls);
    }

    [Fact]
    public void A_callback_that_throws_cancellation_without_a_cancelled_token_is_still_the_callers()
    {
        var cancelled = new OperationCanceledException("the caller gave up");
        var progress = new CancellingProgress(cancelled);

        var thrown = Assert.Throws<OperationCanceledException>(() => ClaimValidation.Validate(Document, progress, CancellationToken.None));

        Assert.Same(cancelled, thrown);
    }

    [Fact]
    public void A_callback_that_does_not_throw_leaves_the_outcome_as_without_it()
    {
        var progress = new Throwing(_ => false);
        var document = WithClaims(ClaimValidation.ProgressStride + 1) with { Actors = [Russia, Ministry, Usa, Usa] };

        var outcome = ClaimValidation.Validate(document, progress);

        Assert.Equal(ClaimValidation.Validate(document).Issues, outcome.Issues);
        Assert.NotEmpty(outcome.Issues);
        Assert.Equal(2, progress.Calls);
    }

    private sealed class CancellingProgress(OperationCanceledException exception) : IProgress<ValidationProgress>
    {
        public void Report(ValidationProgress value) => throw exception;
    }
}
