using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates an <see cref="Affiliation"/>: the target actor exists; the relation is defined.
/// Cycles are found by <see cref="ClaimDocumentValidator"/>.</summary>
public sealed class AffiliationValidator : AbstractValidator<Affiliation>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly AffiliationValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public AffiliationValidator()
    {
        RuleFor(x => x.Actor).Reference(EntityKind.Actor);
        RuleFor(x => x.Relation).Defined();
    }
}
