using ClaimModel.Tests.Support;
using ClaimModel.Validation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>The exact progress reports of <see cref="ClaimValidation.Validate(ClaimDocument, IProgress{ValidationProgress}?, CancellationToken)"/>
/// around <see cref="ClaimValidation.ProgressStride"/>: one report per full stride of a collection, counted in
/// records, then one at the end with every record checked; a cancelled token stops before the first.</summary>
public class ProgressStrideTests
{
    private static List<ValidationProgress> Reports(ClaimDocument document)
    {
        var progress = new Recorder<ValidationProgress>();
        IssueAssert.Valid(ClaimValidation.Validate(document, progress));
        return [.. progress.Reports];
    }

    [Fact]
    public void A_collection_of_one_stride_is_reported_only_at_the_end()
    {
        var total = ClaimValidation.ProgressStride + 7;

        Assert.Equal([new ValidationProgress(total, total)], Reports(WithClaims(ClaimValidation.ProgressStride)));
    }

    [Fact]
    public void A_collection_one_record_past_a_stride_is_reported_after_the_stride_and_at_the_end()
    {
        var total = ClaimValidation.ProgressStride + 8;

        Assert.Equal(
            [new ValidationProgress(ClaimValidation.ProgressStride, total), new ValidationProgress(total, total)],
            Reports(WithClaims(ClaimValidation.ProgressStride + 1)));
    }

    [Fact]
    public void Two_full_strides_and_a_bit_are_two_reports_and_the_end()
    {
        var claims = (2 * ClaimValidation.ProgressStride) + 5;
        var total = claims + 7;

        Assert.Equal(
            [
                new ValidationProgress(ClaimValidation.ProgressStride, total),
                new ValidationProgress(2 * ClaimValidation.ProgressStride, total),
                new ValidationProgress(total, total),
            ],
            Reports(WithClaims(claims)));
    }

    [Fact]
    public void Without_progress_or_a_cancellable_token_the_outcome_is_the_same()
    {
        var document = WithClaims(ClaimValidation.ProgressStride + 1) with { Actors = [Russia, Ministry, Usa, Usa] };
        using var cancel = new CancellationTokenSource();

        var plain = ClaimValidation.Validate(document);

        IssueAssert.Exactly(plain, (ErrorCodes.IdDuplicate, "actors[3].id", "usa"));
        Assert.Equal(plain.Issues, ClaimValidation.Validate(document, null, cancel.Token).Issues);
    }

    [Fact]
    public void A_cancelled_token_stops_a_document_too_small_for_a_stride_before_any_report()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var progress = new Recorder<ValidationProgress>();

        Assert.ThrowsAny<OperationCanceledException>(() => ClaimValidation.Validate(Document, progress, cancel.Token));
        Assert.Empty(progress.Reports);
    }
}
