using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="TextStatement"/>: non-empty text.</summary>
public sealed class TextStatementValidator : AbstractValidator<TextStatement>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly TextStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public TextStatementValidator()
    {
        RuleFor(x => x.Text).RequiredText();
    }
}
