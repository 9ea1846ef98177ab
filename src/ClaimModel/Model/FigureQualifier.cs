namespace ClaimModel;

/// <summary>How a reported number bounds the true value. JSON: kebab-case.</summary>
/// <remarks>The interval each qualifier denotes (before rounding width and tolerances) is documented on
/// the engine's figure policy.</remarks>
public enum FigureQualifier
{
    /// <summary>"510 sorties": the value as stated.</summary>
    Exact,
    /// <summary>"about 12 miles": roughly the value.</summary>
    Approximately,
    /// <summary>"at least 16": the value or more.</summary>
    AtLeast,
    /// <summary>"more than 510", "over 50,000": strictly more.</summary>
    MoreThan,
    /// <summary>"at most", "up to": the value or less.</summary>
    AtMost,
    /// <summary>"under 20", "fewer than 20": strictly less.</summary>
    LessThan,
    /// <summary>"between 10 and 20": <see cref="Figure.Value"/> to <see cref="Figure.UpperValue"/>.</summary>
    Between,
    /// <summary>"dozens", "hundreds": a vague quantity; see <see cref="Figure.Vague"/>.</summary>
    Vague,

    /// <summary>"nearly 1,900", "almost", "just under": strictly less and close to the value.</summary>
    Nearly,
}
