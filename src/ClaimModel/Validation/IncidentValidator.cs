using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates an <see cref="Incident"/>: id, kind, title, place, time, targets, an existing larger incident.
/// <c>partOf</c> cycles are found by <see cref="ClaimDocumentValidator"/>.</summary>
public sealed class IncidentValidator : AbstractValidator<Incident>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly IncidentValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public IncidentValidator()
    {
        RuleFor(x => x.Id).Id();
        RuleFor(x => x.Kind).Defined();
        RuleFor(x => x.Title).RequiredText();
        RuleFor(x => x.Place).Child(PlaceValidator.Instance);
        RuleFor(x => x.Time).Child(TimeSpecValidator.Instance);
        RuleFor(x => x.Targets).Elements(TargetValidator.Instance);
        RuleFor(x => x.PartOf).Reference(EntityKind.Incident, optional: true);
    }
}
