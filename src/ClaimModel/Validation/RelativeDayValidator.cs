using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="ClaimModel.RelativeDay"/>: exactly one of offset and weekday, a defined weekday.</summary>
public sealed class RelativeDayValidator : AbstractValidator<RelativeDay>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly RelativeDayValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public RelativeDayValidator()
    {
        RuleFor(x => x.Offset).Custom(static (offset, context) =>
        {
            var weekday = context.InstanceToValidate.Weekday;
            if ((offset is null) == (weekday is null))
            {
                context.FailAt(
                    string.Empty,
                    ErrorCodes.RelativeDay,
                    offset is null ? "needs an offset (-1 for \"yesterday\") or a weekday" : "must have an offset or a weekday, not both",
                    offset);
            }
        });
        RuleFor(x => x.Weekday).Defined();
    }
}
