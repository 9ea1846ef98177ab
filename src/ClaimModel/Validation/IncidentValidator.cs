using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates an <see cref="Incident"/>: id, kind, title, place, time, targets, an existing larger incident.
/// <c>partOf</c> cycles are found by <see cref="ClaimDocumentValidator"/>.</summary>
public sealed class IncidentValidator : AbstractValidator<Incident>, IRecordValidator<Incident>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<Incident> Rules = new()
    {
        { nameof(Incident.Id), static (ref issues, incident) => issues.Id(incident.Id) },
        { nameof(Incident.Kind), static (ref issues, incident) => issues.Defined(incident.Kind) },
        { nameof(Incident.Title), static (ref issues, incident) => issues.RequiredText(incident.Title) },
        { nameof(Incident.Place), static (ref issues, incident) => issues.Child(incident.Place, PlaceValidator.Instance) },
        { nameof(Incident.Time), static (ref issues, incident) => issues.Child(incident.Time, TimeSpecValidator.Instance) },
        { nameof(Incident.Targets), static (ref issues, incident) => issues.Elements(incident.Targets, TargetValidator.Instance) },
        { nameof(Incident.PartOf), static (ref issues, incident) => issues.Reference(incident.PartOf, EntityKind.Incident, optional: true) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly IncidentValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public IncidentValidator() => Rules.AddTo(this);

    RecordRules<Incident> IRecordValidator<Incident>.Rules => Rules;
}
