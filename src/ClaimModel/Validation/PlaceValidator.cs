using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Place"/>: a name, an optional ISO 3166-1 alpha-2 country code, optional
/// coordinates and a defined precision.</summary>
public sealed class PlaceValidator : AbstractValidator<Place>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly PlaceValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public PlaceValidator()
    {
        RuleFor(x => x.Name).RequiredText();
        RuleFor(x => x.Country).Custom(static (value, context) =>
        {
            if (value is not null && !Syntax.IsCountryCode(value))
            {
                context.Fail(ErrorCodes.CountryCode, "must be an ISO 3166-1 alpha-2 code: two upper-case letters (\"SY\")", value);
            }
        });
        RuleFor(x => x.Coordinates).Child(GeoPointValidator.Instance);
        RuleFor(x => x.Precision).Defined();
    }
}
