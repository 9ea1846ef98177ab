using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates an <see cref="IdentityLink"/>: the linked actor exists; the certainty is defined; the basis,
/// when given, is not blank. Links that contradict each other are found by <see cref="ClaimDocumentValidator"/>
/// (<see cref="ErrorCodes.IdentityConflict"/>).</summary>
public sealed class IdentityLinkValidator : AbstractValidator<IdentityLink>, IRecordValidator<IdentityLink>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<IdentityLink> Rules = new()
    {
        { nameof(IdentityLink.Actor), static (ref issues, link) => issues.Reference(link.Actor, EntityKind.Actor) },
        { nameof(IdentityLink.Certainty), static (ref issues, link) => issues.Defined(link.Certainty) },
        { nameof(IdentityLink.Basis), static (ref issues, link) => issues.OptionalText(link.Basis) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly IdentityLinkValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public IdentityLinkValidator() => Rules.AddTo(this);

    RecordRules<IdentityLink> IRecordValidator<IdentityLink>.Rules => Rules;
}
