using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="QuantityStatement"/>: a valid figure; the subject, when given, exists; a valid period.</summary>
public sealed class QuantityStatementValidator : AbstractValidator<QuantityStatement>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly QuantityStatementValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public QuantityStatementValidator()
    {
        RuleFor(x => x.Figure).Present().Child(FigureValidator.Instance);
        RuleFor(x => x.Subject).Reference(EntityKind.Actor, optional: true);
        RuleFor(x => x.Period).Child(TimeSpecValidator.Instance);
    }
}
