using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Place"/>: a name, an optional ISO 3166-1 alpha-2 country code, optional
/// coordinates and a defined precision.</summary>
public sealed class PlaceValidator : AbstractValidator<Place>, IRecordValidator<Place>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<Place> Rules = new()
    {
        { nameof(Place.Name), static (ref issues, place) => issues.RequiredText(place.Name) },
        {
            nameof(Place.Country), static (ref issues, place) =>
            {
                if (place.Country is not null && !Syntax.IsCountryCode(place.Country))
                {
                    issues.Fail(ErrorCodes.CountryCode, "must be an ISO 3166-1 alpha-2 code: two upper-case letters (\"SY\")", place.Country);
                }
            }
        },
        { nameof(Place.Coordinates), static (ref issues, place) => issues.Child(place.Coordinates, GeoPointValidator.Instance) },
        { nameof(Place.Precision), static (ref issues, place) => issues.Defined(place.Precision) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly PlaceValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public PlaceValidator() => Rules.AddTo(this);

    RecordRules<Place> IRecordValidator<Place>.Rules => Rules;
}
