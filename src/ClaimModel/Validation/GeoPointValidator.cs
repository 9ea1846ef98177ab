using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="GeoPoint"/>: finite WGS 84 degrees, latitude in [−90, 90], longitude in [−180, 180].</summary>
public sealed class GeoPointValidator : AbstractValidator<GeoPoint>, IRecordValidator<GeoPoint>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<GeoPoint> Rules = new()
    {
        {
            nameof(GeoPoint.Latitude), static (ref issues, point) =>
            {
                if (!(point.Latitude >= -90 && point.Latitude <= 90))
                {
                    issues.Fail(ErrorCodes.CoordinateRange, "must be a finite latitude from -90 to 90 degrees", point.Latitude);
                }
            }
        },
        {
            nameof(GeoPoint.Longitude), static (ref issues, point) =>
            {
                if (!(point.Longitude >= -180 && point.Longitude <= 180))
                {
                    issues.Fail(ErrorCodes.CoordinateRange, "must be a finite longitude from -180 to 180 degrees", point.Longitude);
                }
            }
        },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly GeoPointValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public GeoPointValidator() => Rules.AddTo(this);

    RecordRules<GeoPoint> IRecordValidator<GeoPoint>.Rules => Rules;
}
