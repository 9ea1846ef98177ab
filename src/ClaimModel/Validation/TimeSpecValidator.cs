using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="TimeSpec"/>: exactly one of start and relative; an end only with a start and
/// after it; a part of day only with day precision; a known IANA time zone; defined enums.</summary>
public sealed class TimeSpecValidator : AbstractValidator<TimeSpec>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly TimeSpecValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public TimeSpecValidator()
    {
        RuleFor(x => x.Start).Custom(static (start, context) =>
        {
            var relative = context.InstanceToValidate.Relative;
            if ((start is null) == (relative is null))
            {
                context.FailAt(
                    string.Empty,
                    ErrorCodes.TimeAnchor,
                    start is null ? "needs a start or a relative day" : "must have a start or a relative day, not both",
                    start);
            }
        });
        RuleFor(x => x.End).Custom(static (end, context) =>
        {
            var start = context.InstanceToValidate.Start;
            if (end is null)
            {
                return;
            }

            if (start is null)
            {
                context.Fail(ErrorCodes.TimeEndWithoutStart, "is only allowed with a start", end);
            }
            else if (end.Value <= start.Value)
            {
                context.Fail(ErrorCodes.TimeEndBeforeStart, "must be after the start (the end is exclusive)", end);
            }
        });
        RuleFor(x => x.Relative).Child(RelativeDayValidator.Instance);
        RuleFor(x => x.PartOfDay).Defined().Custom(static (part, context) =>
        {
            if (part is not null && context.InstanceToValidate.Precision != TimePrecision.Day)
            {
                context.Fail(ErrorCodes.PartOfDayPrecision, "is only allowed when the precision is 'day'", part);
            }
        });
        RuleFor(x => x.Precision).Defined();
        RuleFor(x => x.TimeZone).Custom(static (zone, context) =>
        {
            if (zone is not null && !TimeZoneIds.IsKnown(zone))
            {
                context.Fail(ErrorCodes.TimeZoneUnknown, "must be an IANA time-zone id known to the system (\"Europe/Moscow\")", zone);
            }
        });
    }
}
