using ClaimModel.Validation;
using FluentValidation;
using static ClaimModel.Tests.Validation.ValidDocument;

namespace ClaimModel.Tests.Validation;

/// <summary>The record validators composed into validators of one's own (<c>SetValidator</c>, <c>RuleForEach</c>,
/// nested twice): every failure keeps its code, its order and its full FluentValidation path.</summary>
public class CompositionTests
{
    /// <summary>Failures at several depths: the record, a child, a grandchild, an array element and a null element.</summary>
    private static readonly Claim Invalid = A10Claim with
    {
        Id = "Bad",
        Statements = [new QuantityStatement { Figure = MilesFigure with { Measure = "Bad Measure" } }],
        StatedAt = new TimeSpec { Relative = new RelativeDay(), Precision = TimePrecision.Day },
        Reports = [IbtReport with { Quote = new Quote { Exact = "x", Start = -1 } }, null!],
    };

    private static readonly (string Code, string Path)[] Expected =
    [
        (ErrorCodes.IdSyntax, "Id"),
        (ErrorCodes.MeasureSyntax, "Statements[0].Figure.Measure"),
        (ErrorCodes.RelativeDay, "StatedAt.Relative"),
        (ErrorCodes.QuotePosition, "Reports[0].Quote.Start"),
        (ErrorCodes.ElementNull, "Reports[1]"),
    ];

    [Fact]
    public void The_document_validator_given_no_document_says_it_is_missing()
    {
        var failure = Assert.Single(new ClaimDocumentValidator().Validate((ClaimDocument)null!).Errors);
        Assert.Equal((ErrorCodes.DocumentNull, string.Empty, "the document is missing"), (failure.ErrorCode, failure.PropertyName, failure.ErrorMessage));
    }

    [Fact]
    public void Claim_validator_alone_reports_paths_from_the_claim()
    {
        Assert.Equal(Expected, Failures(new ClaimValidator().Validate(Invalid)));
    }

    [Fact]
    public void Claim_validator_as_a_child_reports_paths_from_the_holder()
    {
        var failures = Failures(new HolderValidator().Validate(new Holder(Invalid, [A10Claim, Invalid])));
        Assert.Equal([.. Expected.Select(e => (e.Code, "Claim." + e.Path)), .. Expected.Select(e => (e.Code, "Claims[1]." + e.Path))], failures);
    }

    [Fact]
    public void Claim_validator_two_levels_down_reports_paths_from_the_outer_holder()
    {
        var failures = Failures(new OuterValidator().Validate(new Outer(new Holder(Invalid, [Invalid]))));
        Assert.Equal([.. Expected.Select(e => (e.Code, "Inner.Claim." + e.Path)), .. Expected.Select(e => (e.Code, "Inner.Claims[0]." + e.Path))], failures);
    }

    [Fact]
    public void IncludeProperties_selects_child_rules_by_their_full_paths()
    {
        Assert.Equal([(ErrorCodes.RelativeDay, "StatedAt.Relative")], Failures(new ClaimValidator().Validate(Invalid, o => o.IncludeProperties("StatedAt"))));
        Assert.Equal([.. Expected[3..]], Failures(new ClaimValidator().Validate(Invalid, o => o.IncludeProperties("Reports"))));
        Assert.Equal([(ErrorCodes.MeasureSyntax, "Statements[0].Figure.Measure")], Failures(new ClaimValidator().Validate(Invalid, o => o.IncludeProperties("Statements[0].Figure.Measure"))));
    }

    [Fact]
    public void IncludeProperties_selects_a_records_own_rules_by_member_name()
    {
        Assert.Equal([(ErrorCodes.IdSyntax, "Id")], Failures(new ClaimValidator().Validate(Invalid, o => o.IncludeProperties("Id"))));
        Assert.Equal([(ErrorCodes.QuotePosition, "Start")], Failures(new QuoteValidator().Validate(new Quote { Exact = "x", Start = -1, End = -1 }, o => o.IncludeProperties("Start"))));
    }

    [Fact]
    public void The_default_rule_set_selects_every_rule_of_the_record_and_its_children()
    {
        Assert.Equal(Expected, Failures(new ClaimValidator().Validate(Invalid, o => o.IncludeRuleSets("default"))));
    }

    private static (string Code, string Path)[] Failures(FluentValidation.Results.ValidationResult result) =>
        [.. result.Errors.Select(f => (f.ErrorCode, f.PropertyName))];

    private sealed record Holder(Claim Claim, ValueList<Claim> Claims);

    private sealed record Outer(Holder Inner);

    private sealed class HolderValidator : AbstractValidator<Holder>
    {
        public HolderValidator()
        {
            RuleFor(x => x.Claim).SetValidator(new ClaimValidator());
            RuleForEach(x => x.Claims).SetValidator(new ClaimValidator());
        }
    }

    private sealed class OuterValidator : AbstractValidator<Outer>
    {
        public OuterValidator() => RuleFor(x => x.Inner).SetValidator(new HolderValidator());
    }
}
