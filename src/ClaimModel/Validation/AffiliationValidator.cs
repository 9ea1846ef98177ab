using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates an <see cref="Affiliation"/>: the target actor exists; the relation is defined.
/// Cycles are found by <see cref="ClaimDocumentValidator"/>.</summary>
public sealed class AffiliationValidator : AbstractValidator<Affiliation>
{
    /// <summary>The shared instance (validators are immutable and thread-safe).</summary>
    public static readonly AffiliationValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public AffiliationValidator()
    {
        RuleFor(x => x.Actor).Reference(EntityKind.Actor);
        RuleFor(x => x.Relation).Defined();
    }
}
