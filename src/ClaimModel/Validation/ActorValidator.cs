using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates an <see cref="Actor"/>: id, name, kind, non-empty aliases, valid affiliations.</summary>
public sealed class ActorValidator : AbstractValidator<Actor>
{
    /// <summary>The shared instance (validators are immutable and thread-safe).</summary>
    public static readonly ActorValidator Instance = new();

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
            else if (string.IsNullOrWhiteSpace(alias))
            {
                context.Fail(ErrorCodes.Required, "must not be empty or white space", alias);
            }
        });
        RuleForEach(x => x.Affiliations).Elements(AffiliationValidator.Instance);
    }
}
