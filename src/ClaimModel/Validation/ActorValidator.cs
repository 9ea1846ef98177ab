using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates an <see cref="Actor"/>: id, a name or a description (each non-blank when given), kind,
/// non-empty aliases, valid affiliations and identity links. Identity links that contradict each other, and
/// affiliation cycles, are found by <see cref="ClaimDocumentValidator"/>.</summary>
public sealed class ActorValidator : AbstractValidator<Actor>, IRecordValidator<Actor>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<Actor> Rules = new()
    {
        { nameof(Actor.Id), static (ref issues, actor) => issues.Id(actor.Id) },
        {
            nameof(Actor.Name), static (ref issues, actor) =>
            {
                if (actor.Name is null && actor.Description is null)
                {
                    issues.Fail(ErrorCodes.ActorNameOrDescription, "is required unless the actor has a description: name the actor, or describe an unnamed one (\"a senior State Department official\")", null);
                }

                issues.OptionalText(actor.Name);
            }
        },
        { nameof(Actor.Description), static (ref issues, actor) => issues.OptionalText(actor.Description) },
        { nameof(Actor.Kind), static (ref issues, actor) => issues.Defined(actor.Kind) },
        { nameof(Actor.Aliases), static (ref issues, actor) => issues.RequiredTexts(actor.Aliases) },
        { nameof(Actor.Affiliations), static (ref issues, actor) => issues.Elements(actor.Affiliations, AffiliationValidator.Instance) },
        { nameof(Actor.SameAs), static (ref issues, actor) => issues.Elements(actor.SameAs, IdentityLinkValidator.Instance) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly ActorValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ActorValidator() => Rules.AddTo(this);

    RecordRules<Actor> IRecordValidator<Actor>.Rules => Rules;
}
