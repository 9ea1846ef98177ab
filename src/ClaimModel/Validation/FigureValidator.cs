using FluentValidation;

namespace ClaimModel.Validation;

/// <summary>Validates a <see cref="Figure"/>: measure and unit syntax; a value unless vague; an upper value only
/// and always with <c>between</c>, not below the value; a vague word only and always with <c>vague</c>;
/// no negative values; the reported words; a cumulative figure counts things (its unit is no length or duration of
/// the unit table, it is no rate); an <c>asOf</c> time only on a cumulative figure (a warning otherwise).</summary>
public sealed class FigureValidator : AbstractValidator<Figure>, IRecordValidator<Figure>
{
    /// <summary>The rules, one per member (declared before <see cref="Instance"/>, which is built from them).</summary>
    internal static readonly RecordRules<Figure> Rules = new()
    {
        {
            nameof(Figure.Measure), static (ref issues, figure) =>
            {
                if (issues.CheckRequiredText(figure.Measure) && !Syntax.IsMeasure(figure.Measure))
                {
                    issues.Fail(ErrorCodes.MeasureSyntax, "must be kebab-case: lower-case letters and digits joined by single '-' (\"distance-from-aleppo\")", figure.Measure);
                }
            }
        },
        {
            nameof(Figure.Unit), static (ref issues, figure) =>
            {
                if (issues.CheckRequiredText(figure.Unit))
                {
                    CheckUnit(ref issues, figure.Unit);
                }
            }
        },
        { nameof(Figure.Qualifier), static (ref issues, figure) => issues.Defined(figure.Qualifier) },
        {
            nameof(Figure.Value), static (ref issues, figure) =>
            {
                if (figure.Value is not { } value)
                {
                    if (figure.Qualifier != FigureQualifier.Vague)
                    {
                        issues.Fail(ErrorCodes.FigureValueMissing, "is required unless the qualifier is 'vague'", null);
                    }
                }
                else if (value < 0)
                {
                    issues.Fail(ErrorCodes.FigureNegative, "must not be negative", value);
                }
            }
        },
        {
            nameof(Figure.UpperValue), static (ref issues, figure) =>
            {
                var between = figure.Qualifier == FigureQualifier.Between;
                if (figure.UpperValue is not { } upper)
                {
                    if (between)
                    {
                        issues.Fail(ErrorCodes.FigureUpperValue, "is required when the qualifier is 'between'", null);
                    }

                    return;
                }

                if (!between)
                {
                    issues.Fail(ErrorCodes.FigureUpperValue, "is only allowed when the qualifier is 'between'", upper);
                }
                else if (upper < 0)
                {
                    issues.Fail(ErrorCodes.FigureNegative, "must not be negative", upper);
                }
                else if (figure.Value is { } lower && upper < lower)
                {
                    issues.Fail(ErrorCodes.FigureBounds, "must not be below the value", upper);
                }
            }
        },
        {
            nameof(Figure.Vague), static (ref issues, figure) =>
            {
                var vague = figure.Vague;
                issues.Defined(vague);
                var isVague = figure.Qualifier == FigureQualifier.Vague;
                if (vague is null && isVague)
                {
                    issues.Fail(ErrorCodes.FigureVague, "is required when the qualifier is 'vague' (\"dozens\", \"hundreds\")", null);
                }
                else if (vague is { } word && !isVague)
                {
                    issues.Fail(ErrorCodes.FigureVague, "is only allowed when the qualifier is 'vague'", word);
                }
            }
        },
        {
            nameof(Figure.Per), static (ref issues, figure) =>
            {
                if (figure.Per is not null)
                {
                    CheckUnit(ref issues, figure.Per);
                }
            }
        },
        { nameof(Figure.Text), static (ref issues, figure) => issues.RequiredText(figure.Text) },
        {
            nameof(Figure.Cumulative), static (ref issues, figure) =>
            {
                if (!figure.Cumulative)
                {
                    return;
                }

                if (figure.Unit is { } unit && UnitTable.DimensionOf(unit) is { } dimension)
                {
                    issues.Fail(ErrorCodes.FigureCumulativeUnit, "is true, but the unit is a " + dimension + ": a running total counts things (\"people\", \"sorties\")", unit);
                }
                else if (figure.Per is { } per)
                {
                    issues.Fail(ErrorCodes.FigureCumulativeUnit, "is true, but the figure is a rate (per): a running total counts things over time, it is not a rate", per);
                }
            }
        },
        {
            nameof(Figure.AsOf), static (ref issues, figure) =>
            {
                if (figure.AsOf is null)
                {
                    return;
                }

                if (!figure.Cumulative)
                {
                    issues.Warn(ErrorCodes.FigureAsOfNotCumulative, "is only read for a cumulative figure: set cumulative, or give the time the figure covers as the statement's period", (object?)figure.AsOf.Text ?? figure.AsOf.Start);
                }

                issues.Child(figure.AsOf, TimeSpecValidator.Instance);
            }
        },
    };

    /// <summary>The instance the library composes (kept internal: validators have public settable cascade modes).</summary>
    internal static readonly FigureValidator Instance = new();

    /// <summary>Creates the validator.</summary>
    public FigureValidator() => Rules.AddTo(this);

    RecordRules<Figure> IRecordValidator<Figure>.Rules => Rules;

    private static void CheckUnit(ref RecordIssues issues, string unit)
    {
        if (!Syntax.IsUnit(unit))
        {
            issues.Fail(ErrorCodes.UnitSyntax, "must be a unit token: lower-case letters and digits joined by single '-' or '/' (\"people\", \"mi\", \"day\")", unit);
        }
    }
}
