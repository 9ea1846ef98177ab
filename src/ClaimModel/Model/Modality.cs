namespace ClaimModel;

/// <summary>How firmly a claim or denial was put. JSON: kebab-case.</summary>
public enum Modality
{
    /// <summary>Stated as fact.</summary>
    Asserted,
    /// <summary>Suggested or implied ("Moscow suggesting that the coalition was instead responsible").</summary>
    Suggested,
    /// <summary>An estimate ("the Observatory estimates").</summary>
    Estimated,

    /// <summary>Hedged: the speaker qualifies the assertion ("virtually", "perhaps", "appears to have been",
    /// "likely").</summary>
    Hedged,
}
