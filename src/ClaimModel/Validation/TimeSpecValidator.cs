using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="TimeSpec"/>: exactly one of start and relative; an end only with a start and
/// after it; a part of day only with day precision; a known IANA time zone; defined enums.</summary>
public sealed class TimeSpecValidator : AbstractValidator<TimeSpec>, IRecordValidator<TimeSpec>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<TimeSpec> Rules = new()
    {
        {
            nameof(TimeSpec.Start), static (ref issues, time) =>
            {
                if ((time.Start is null) == (time.Relative is null))
                {
                    issues.FailAt(
                        string.Empty,
                        ErrorCodes.TimeAnchor,
                        time.Start is null ? "needs a start or a relative day" : "must have a start or a relative day, not both",
                        time.Start);
                }
            }
        },
        {
            nameof(TimeSpec.End), static (ref issues, time) =>
            {
                if (time.End is not { } end)
                {
                    return;
                }

                if (time.Start is not { } start)
                {
                    issues.Fail(ErrorCodes.TimeEndWithoutStart, "is only allowed with a start", end);
                }
                else if (end <= start)
                {
                    issues.Fail(ErrorCodes.TimeEndBeforeStart, "must be after the start (the end is exclusive)", end);
                }
            }
        },
        { nameof(TimeSpec.Relative), static (ref issues, time) => issues.Child(time.Relative, RelativeDayValidator.Instance) },
        {
            nameof(TimeSpec.PartOfDay), static (ref issues, time) =>
            {
                issues.Defined(time.PartOfDay);
                if (time.PartOfDay is { } part && time.Precision != TimePrecision.Day)
                {
                    issues.Fail(ErrorCodes.PartOfDayPrecision, "is only allowed when the precision is 'day'", part);
                }
            }
        },
        { nameof(TimeSpec.Precision), static (ref issues, time) => issues.Defined(time.Precision) },
        {
            nameof(TimeSpec.TimeZone), static (ref issues, time) =>
            {
                if (time.TimeZone is not null && !TimeZoneIds.IsKnown(time.TimeZone))
                {
                    issues.Fail(ErrorCodes.TimeZoneUnknown, "must be an IANA time-zone id known to the system (\"Europe/Moscow\")", time.TimeZone);
                }
            }
        },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly TimeSpecValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public TimeSpecValidator() => Rules.AddTo(this);

    RecordRules<TimeSpec> IRecordValidator<TimeSpec>.Rules => Rules;
}
