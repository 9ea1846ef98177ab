using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="PresenceStatement"/>: one or more existing actors, each once; a defined
/// combination (<c>either-of</c> naming one actor is a warning); place, distance and time are valid; a defined
/// modality.</summary>
public sealed class PresenceStatementValidator : AbstractValidator<PresenceStatement>, IRecordValidator<PresenceStatement>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<PresenceStatement> Rules = new()
    {
        { nameof(PresenceStatement.Actors), static (ref issues, statement) => issues.StatementActors(statement.Actors) },
        { nameof(PresenceStatement.Combination), static (ref issues, statement) => issues.Combination(statement.Combination, statement.Actors) },
        { nameof(PresenceStatement.Place), static (ref issues, statement) => issues.Child(statement.Place, PlaceValidator.Instance) },
        { nameof(PresenceStatement.Within), static (ref issues, statement) => issues.Child(statement.Within, FigureValidator.Instance) },
        { nameof(PresenceStatement.Time), static (ref issues, statement) => issues.Child(statement.Time, TimeSpecValidator.Instance) },
        { nameof(Statement.Modality), static (ref issues, statement) => issues.Defined(statement.Modality) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly PresenceStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public PresenceStatementValidator() => Rules.AddTo(this);

    RecordRules<PresenceStatement> IRecordValidator<PresenceStatement>.Rules => Rules;
}
