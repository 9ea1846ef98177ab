using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="PresenceStatement"/>: the actor exists; place, distance and time are valid.</summary>
public sealed class PresenceStatementValidator : AbstractValidator<PresenceStatement>, IRecordValidator<PresenceStatement>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<PresenceStatement> Rules = new()
    {
        { nameof(PresenceStatement.Actors), static (ref issues, statement) => issues.References(statement.Actors, EntityKind.Actor) },
        { nameof(PresenceStatement.Place), static (ref issues, statement) => issues.Child(statement.Place, PlaceValidator.Instance) },
        { nameof(PresenceStatement.Within), static (ref issues, statement) => issues.Child(statement.Within, FigureValidator.Instance) },
        { nameof(PresenceStatement.Time), static (ref issues, statement) => issues.Child(statement.Time, TimeSpecValidator.Instance) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly PresenceStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public PresenceStatementValidator() => Rules.AddTo(this);

    RecordRules<PresenceStatement> IRecordValidator<PresenceStatement>.Rules => Rules;
}
