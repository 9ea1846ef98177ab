using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="PresenceStatement"/>: the actor exists; place, distance and time are valid.</summary>
public sealed class PresenceStatementValidator : AbstractValidator<PresenceStatement>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly PresenceStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public PresenceStatementValidator()
    {
        RuleFor(x => x.Actor).Reference(EntityKind.Actor);
        RuleFor(x => x.Place).Child(PlaceValidator.Instance);
        RuleFor(x => x.Within).Child(FigureValidator.Instance);
        RuleFor(x => x.Time).Child(TimeSpecValidator.Instance);
    }
}
