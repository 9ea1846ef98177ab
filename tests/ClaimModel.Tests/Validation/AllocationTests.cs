using ClaimModel.Synthetic;
using ClaimModel.Validation;
using FluentValidation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>What validating valid records allocates, counted in bytes on the test's thread (never time): child
/// records are checked without child contexts, and failures and their paths are made only when there is a
/// failure.</summary>
/// <remarks>Bounds, not exact counts: until the JIT has optimised them, some generic .NET methods allocate a little
/// on each call (the document's bound leaves room for that; a child context per record would cost 400 bytes).</remarks>
public class AllocationTests
{
    [Fact]
    public void A_valid_claim_with_child_records_allocates_no_more_than_a_validator_without_rules()
    {
        var claims = new[] { A10Claim, Presence, A10Claim with { Statements = [new QuantityStatement { Figure = MilesFigure, Period = A10Claim.StatedAt }] } };
        var empty = new InlineValidator<Claim>();
        var validator = new ClaimValidator();
        foreach (var claim in claims)
        {
            Assert.Empty(validator.Validate(claim).Errors);
            Assert.True(
                Allocated(() => validator.Validate(claim)) <= Allocated(() => empty.Validate(claim)),
                "ClaimValidator allocated more than FluentValidation's own context and result for a valid claim");
        }
    }

    [Fact]
    [Trait("Category", "Heavy")]
    public void A_valid_document_allocates_less_than_200_bytes_per_claim()
    {
        var document = SyntheticCorpus.Generate(2_000, 42);
        Assert.Empty(ClaimValidation.Validate(document).Issues);
        var perClaim = Allocated(() => ClaimValidation.Validate(document)) / document.Claims.Count;
        Assert.True(perClaim < 200, $"{perClaim} bytes per claim");
    }

    /// <summary>Bytes allocated by the third call of <paramref name="action"/> (the first two warm it up).</summary>
    private static long Allocated(Action action)
    {
        action();
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
