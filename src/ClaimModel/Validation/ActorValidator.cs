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
        RuleForEach(x => x.Aliases).Custom(static (alias, context) =>
        {
            if (alias is null)
            {
                context.Fail(ErrorCodes.ElementNull, "must not be null: remove the element or give a value", null);
            }
            else
            {
                context.CheckRequiredText(alias);
            }
        });
        RuleFor(x => x.Affiliations).Elements(AffiliationValidator.Instance);
    }
}
