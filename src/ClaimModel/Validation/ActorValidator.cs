using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates an <see cref="Actor"/>: id, name, kind, non-empty aliases, valid affiliations.</summary>
public sealed class ActorValidator : AbstractValidator<Actor>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly ActorValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public ActorValidator()
    {
        RuleFor(x => x.Id).Id();
        RuleFor(x => x.Name).RequiredText();
        RuleFor(x => x.Kind).Defined();
        RuleFor(x => x.Aliases).RequiredTexts();
        RuleFor(x => x.Affiliations).Elements(AffiliationValidator.Instance);
    }
}
