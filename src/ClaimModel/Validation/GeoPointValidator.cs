using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="GeoPoint"/>: finite WGS 84 degrees, latitude in [−90, 90], longitude in [−180, 180].</summary>
public sealed class GeoPointValidator : AbstractValidator<GeoPoint>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly GeoPointValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public GeoPointValidator()
    {
        RuleFor(x => x.Latitude).Custom(static (value, context) =>
        {
            if (!(value >= -90 && value <= 90))
            {
                context.Fail(ErrorCodes.CoordinateRange, "must be a finite latitude from -90 to 90 degrees", value);
            }
        });
        RuleFor(x => x.Longitude).Custom(static (value, context) =>
        {
            if (!(value >= -180 && value <= 180))
            {
                context.Fail(ErrorCodes.CoordinateRange, "must be a finite longitude from -180 to 180 degrees", value);
            }
        });
    }
}
