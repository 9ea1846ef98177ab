using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates an <see cref="Affiliation"/>: the target actor exists; the relation is defined.
/// Cycles are found by <see cref="ClaimDocumentValidator"/>.</summary>
public sealed class AffiliationValidator : AbstractValidator<Affiliation>, IRecordValidator<Affiliation>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<Affiliation> Rules = new()
    {
        { nameof(Affiliation.Actor), static (ref issues, affiliation) => issues.Reference(affiliation.Actor, EntityKind.Actor) },
        { nameof(Affiliation.Relation), static (ref issues, affiliation) => issues.Defined(affiliation.Relation) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly AffiliationValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public AffiliationValidator() => Rules.AddTo(this);

    RecordRules<Affiliation> IRecordValidator<Affiliation>.Rules => Rules;
}
