using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Figure"/>: measure and unit syntax; a value unless vague; an upper value only
/// and always with <c>between</c>, not below the value; a vague word only and always with <c>vague</c>;
/// no negative values; the reported words.</summary>
public sealed class FigureValidator : AbstractValidator<Figure>
{
    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly FigureValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public FigureValidator()
    {
        RuleFor(x => x.Measure).Custom(static (measure, context) =>
        {
            if (context.CheckRequiredText(measure) && !Syntax.IsMeasure(measure))
            {
                context.Fail(ErrorCodes.MeasureSyntax, "must be kebab-case: lower-case letters and digits joined by single '-' (\"distance-from-aleppo\")", measure);
            }
        });
        RuleFor(x => x.Unit).Custom(static (unit, context) =>
        {
            if (context.CheckRequiredText(unit))
            {
                CheckUnit(context, unit);
            }
        });
        RuleFor(x => x.Qualifier).Defined();
        RuleFor(x => x.Value).Custom(static (value, context) =>
        {
            if (value is null)
            {
                if (context.InstanceToValidate.Qualifier != FigureQualifier.Vague)
                {
                    context.Fail(ErrorCodes.FigureValueMissing, "is required unless the qualifier is 'vague'", null);
                }
            }
            else if (value.Value < 0)
            {
                context.Fail(ErrorCodes.FigureNegative, "must not be negative", value);
            }
        });
        RuleFor(x => x.UpperValue).Custom(static (upper, context) =>
        {
            var figure = context.InstanceToValidate;
            var between = figure.Qualifier == FigureQualifier.Between;
            if (upper is null)
            {
                if (between)
                {
                    context.Fail(ErrorCodes.FigureUpperValue, "is required when the qualifier is 'between'", null);
                }

                return;
            }

            if (!between)
            {
                context.Fail(ErrorCodes.FigureUpperValue, "is only allowed when the qualifier is 'between'", upper);
            }
            else if (upper.Value < 0)
            {
                context.Fail(ErrorCodes.FigureNegative, "must not be negative", upper);
            }
            else if (figure.Value is { } lower && upper.Value < lower)
            {
                context.Fail(ErrorCodes.FigureBounds, "must not be below the value", upper);
            }
        });
        RuleFor(x => x.Vague).Defined().Custom(static (vague, context) =>
        {
            var isVague = context.InstanceToValidate.Qualifier == FigureQualifier.Vague;
            if (vague is null && isVague)
            {
                context.Fail(ErrorCodes.FigureVague, "is required when the qualifier is 'vague' (\"dozens\", \"hundreds\")", null);
            }
            else if (vague is not null && !isVague)
            {
                context.Fail(ErrorCodes.FigureVague, "is only allowed when the qualifier is 'vague'", vague);
            }
        });
        RuleFor(x => x.Per).Custom(static (per, context) =>
        {
            if (per is not null)
            {
                CheckUnit(context, per);
            }
        });
        RuleFor(x => x.Text).RequiredText();
    }

    private static void CheckUnit(ValidationContext<Figure> context, string unit)
    {
        if (!Syntax.IsUnit(unit))
        {
            context.Fail(ErrorCodes.UnitSyntax, "must be a unit token: lower-case letters and digits joined by single '-' or '/' (\"people\", \"mi\", \"day\")", unit);
        }
    }
}
