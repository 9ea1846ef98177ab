using ClaimModel.Synthetic;
using ClaimModel.Tests.Support;
using ClaimModel.Validation;

namespace ClaimModel.Tests.Validation;

/// <summary>The cancellable, progress-reporting <see cref="ClaimValidation"/> overload gives the same outcome, tells
/// how far it has got and stops when cancelled — the one exception it throws.</summary>
public sealed class ValidationProgressTests
{
    private static readonly ClaimDocument Corpus = SyntheticCorpus.Generate(5_000, seed: 9);

    private static int RecordCount(ClaimDocument d) => d.Actors.Count + d.Sources.Count + d.Incidents.Count + d.Claims.Count + d.Denials.Count;

    [Fact]
    [Trait("Category", "Heavy")]
    public void Outcome_equals_the_plain_validation_for_valid_and_invalid_documents()
    {
        var broken = Corpus with { Claims = Corpus.Claims.Add(Corpus.Claims[0] with { Id = "Bad Id", Claimant = "nobody" }) };

        foreach (var document in new[] { Corpus, broken })
        {
            using var cancel = new CancellationTokenSource();
            var plain = ClaimValidation.Validate(document).Issues;

            Assert.Equal(plain, ClaimValidation.Validate(document, new Recorder<ValidationProgress>(), cancel.Token).Issues);
            Assert.Equal(plain, ClaimValidation.Validate(document, null, cancel.Token).Issues);
        }

        Assert.NotEmpty(ClaimValidation.Validate(broken, new Recorder<ValidationProgress>()).Issues);
    }

    [Fact]
    public void Progress_grows_by_strides_and_ends_at_the_record_count()
    {
        var progress = new Recorder<ValidationProgress>();
        var total = RecordCount(Corpus);

        ClaimValidation.Validate(Corpus, progress);

        Assert.True(progress.Reports.Count >= Corpus.Claims.Count / ClaimValidation.ProgressStride + 1);
        Assert.Equal(new ValidationProgress(total, total), progress.Reports[^1]);
        Assert.All(progress.Reports.Zip(progress.Reports.Skip(1)), pair =>
            Assert.True(pair.Second.RecordsChecked >= pair.First.RecordsChecked));
        Assert.All(progress.Reports, r => Assert.InRange(r.RecordsChecked, 1, total));
    }

    [Fact]
    public void Cancelling_throws_operation_canceled_instead_of_becoming_an_issue()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new Recorder<ValidationProgress>(_ => cancel.Cancel());

        Assert.ThrowsAny<OperationCanceledException>(() => ClaimValidation.Validate(Corpus, progress, cancel.Token));
        Assert.Single(progress.Reports);
    }

    [Fact]
    public void A_cancelled_token_stops_before_any_work_and_a_null_document_is_still_an_issue()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ClaimValidation.Validate(Corpus, null, cancel.Token));
        Assert.Equal(ErrorCodes.DocumentNull, Assert.Single(ClaimValidation.Validate(null!, null, cancel.Token).Issues).Code);
    }
}
