using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="TargetStatement"/>: at least one target, each valid.</summary>
public sealed class TargetStatementValidator : AbstractValidator<TargetStatement>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly TargetStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public TargetStatementValidator()
    {
        RuleFor(x => x.Targets).Custom(static (targets, context) =>
        {
            if (targets.IsEmpty)
            {
                context.Fail(ErrorCodes.Required, "must name at least one target", "[]");
            }
        });
        RuleFor(x => x.Targets).Elements(TargetValidator.Instance);
    }
}
