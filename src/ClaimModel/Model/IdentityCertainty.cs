namespace ClaimModel;

/// <summary>How sure an identity link is. JSON: kebab-case.</summary>
public enum IdentityCertainty
{
    /// <summary>A report names the unnamed actor, or the sources agree on who it is.</summary>
    Confirmed,

    /// <summary>Likely from the context (same role, same day, same words), not stated by a report.</summary>
    Probable,
}
