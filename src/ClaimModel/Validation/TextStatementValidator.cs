using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="TextStatement"/>: non-empty text; a defined modality.</summary>
public sealed class TextStatementValidator : AbstractValidator<TextStatement>, IRecordValidator<TextStatement>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<TextStatement> Rules = new()
    {
        { nameof(TextStatement.Text), static (ref issues, statement) => issues.RequiredText(statement.Text) },
        { nameof(Statement.Modality), static (ref issues, statement) => issues.Defined(statement.Modality) },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly TextStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public TextStatementValidator() => Rules.AddTo(this);

    RecordRules<TextStatement> IRecordValidator<TextStatement>.Rules => Rules;
}
