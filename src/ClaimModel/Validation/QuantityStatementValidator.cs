using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="QuantityStatement"/>: a valid figure; the subject, when given, exists; a valid period; a defined modality.</summary>
public sealed class QuantityStatementValidator : AbstractValidator<QuantityStatement>, IRecordValidator<QuantityStatement>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<QuantityStatement> Rules = new()
    {
        {
            nameof(QuantityStatement.Figure), static (ref issues, statement) =>
            {
                if (issues.Present(statement.Figure))
                {
                    issues.Child(statement.Figure, FigureValidator.Instance);
                }
            }
        },
        { nameof(QuantityStatement.Subject), static (ref issues, statement) => issues.Reference(statement.Subject, EntityKind.Actor, optional: true) },
        { nameof(QuantityStatement.Period), static (ref issues, statement) => issues.Child(statement.Period, TimeSpecValidator.Instance) },
        { nameof(Statement.Modality), static (ref issues, statement) => issues.Defined(statement.Modality) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly QuantityStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public QuantityStatementValidator() => Rules.AddTo(this);

    RecordRules<QuantityStatement> IRecordValidator<QuantityStatement>.Rules => Rules;
}
