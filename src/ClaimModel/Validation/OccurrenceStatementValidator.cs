using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates an <see cref="OccurrenceStatement"/>: a valid time; a defined modality.</summary>
public sealed class OccurrenceStatementValidator : AbstractValidator<OccurrenceStatement>, IRecordValidator<OccurrenceStatement>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<OccurrenceStatement> Rules = new()
    {
        {
            nameof(OccurrenceStatement.Time), static (ref issues, statement) =>
            {
                if (issues.Present(statement.Time))
                {
                    issues.Child(statement.Time, TimeSpecValidator.Instance);
                }
            }
        },
        { nameof(Statement.Modality), static (ref issues, statement) => issues.Defined(statement.Modality) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly OccurrenceStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public OccurrenceStatementValidator() => Rules.AddTo(this);

    RecordRules<OccurrenceStatement> IRecordValidator<OccurrenceStatement>.Rules => Rules;
}
