using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Target"/>: a defined kind; a target of kind <c>other</c> needs a name.</summary>
public sealed class TargetValidator : AbstractValidator<Target>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly TargetValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public TargetValidator()
    {
        RuleFor(x => x.Kind).Defined();
        RuleFor(x => x.Name).Custom(static (value, context) =>
        {
            if (context.InstanceToValidate.Kind == TargetKind.Other && string.IsNullOrWhiteSpace(value))
            {
                context.Fail(ErrorCodes.TargetNameRequired, "is required when the kind is 'other': say what was hit", value);
            }
        });
    }
}
