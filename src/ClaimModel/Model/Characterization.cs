namespace ClaimModel;

/// <summary>How a denial characterises what it denies. JSON: kebab-case.</summary>
public enum Characterization
{
    /// <summary>The denial does not characterise it.</summary>
    Unstated,

    /// <summary>Untrue: "patently false", "not true".</summary>
    False,

    /// <summary>Made up on purpose: "a total fabrication", "fake news", "invented".</summary>
    Fabricated,

    /// <summary>Without basis: "unfounded", "baseless", "groundless".</summary>
    Unfounded,

    /// <summary>True in part but giving a wrong picture: "misleading", "distorted".</summary>
    Misleading,
}
