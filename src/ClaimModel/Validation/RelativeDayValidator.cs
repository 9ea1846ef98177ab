using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="ClaimModel.RelativeDay"/>: exactly one of offset and weekday, an offset of at most
/// <see cref="MaxOffsetDays"/> days either way, a defined weekday.</summary>
public sealed class RelativeDayValidator : AbstractValidator<RelativeDay>, IRecordValidator<RelativeDay>
{
    /// <summary>The largest offset, in days, either way: a century (36,525 days).</summary>
    public const int MaxOffsetDays = 36_525;

    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<RelativeDay> Rules = new()
    {
        {
            nameof(RelativeDay.Offset), static (ref issues, day) =>
            {
                if ((day.Offset is null) == (day.Weekday is null))
                {
                    issues.FailAt(
                        string.Empty,
                        ErrorCodes.RelativeDay,
                        day.Offset is null ? "needs an offset (-1 for \"yesterday\") or a weekday" : "must have an offset or a weekday, not both",
                        day.Offset);
                }
                else if (day.Offset is { } offset && (offset > MaxOffsetDays || offset < -MaxOffsetDays))
                {
                    issues.Fail(ErrorCodes.RelativeDayOffsetRange, "must be within a century (36,525 days) of the anchor day", offset);
                }
            }
        },
        { nameof(RelativeDay.Weekday), static (ref issues, day) => issues.Defined(day.Weekday) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly RelativeDayValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public RelativeDayValidator() => Rules.AddTo(this);

    RecordRules<RelativeDay> IRecordValidator<RelativeDay>.Rules => Rules;
}
