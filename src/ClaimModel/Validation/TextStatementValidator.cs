using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="TextStatement"/>: non-empty text.</summary>
public sealed class TextStatementValidator : AbstractValidator<TextStatement>
{
    /// <summary>The shared instance (validators are immutable and thread-safe).</summary>
    public static readonly TextStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public TextStatementValidator()
    {
        RuleFor(x => x.Text).RequiredText();
    }
}
