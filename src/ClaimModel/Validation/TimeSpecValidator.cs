using System.Globalization;
using FluentValidation;
using NodaTime;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="TimeSpec"/>: exactly one of start and relative; an end only with a start and
/// after it; a part of day only with day precision; a known IANA time zone; defined enums; a warning for a start or end
/// written on a day its zone skipped.</summary>
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

                if (time.Start is { } start)
                {
                    WarnSkippedDay(ref issues, start, time.TimeZone);
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

                WarnSkippedDay(ref issues, end, time.TimeZone);
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
                    issues.Fail(ErrorCodes.TimeZoneUnknown, "must be an IANA time-zone id of the time-zone database (\"Europe/Moscow\")", time.TimeZone);
                }
            }
        },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly TimeSpecValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public TimeSpecValidator() => Rules.AddTo(this);

    RecordRules<TimeSpec> IRecordValidator<TimeSpec>.Rules => Rules;

    /// <summary>Warns (<see cref="ErrorCodes.LocalDaySkipped"/>) when the local date <paramref name="time"/> is written
    /// on (at its own offset) is a day <paramref name="zoneId"/> skipped; says which local time it is read as.</summary>
    private static void WarnSkippedDay(ref RecordIssues issues, DateTimeOffset time, string? zoneId)
    {
        if (zoneId is null || !TimeZoneIds.IsKnown(zoneId) || TimeZoneDatabase.Find(zoneId) is not { } zone)
        {
            return;
        }

        var day = DateOnly.FromDateTime(time.DateTime);
        if (!LocalTimeRule.IsSkippedDay(zone, day))
        {
            return;
        }

        var local = Instant.FromDateTimeOffset(time).InZone(zone).LocalDateTime.ToDateTimeUnspecified();
        issues.Warn(
            ErrorCodes.LocalDaySkipped,
            string.Concat(
                "is written on ",
                day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ", a day ",
                zoneId,
                " skipped (no local time of that day exists there); it is read at its instant, ",
                local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                " local time"),
            time);
    }
}
