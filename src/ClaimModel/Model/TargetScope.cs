namespace ClaimModel;

/// <summary>How much of what was hit a target statement's list covers. JSON: kebab-case.</summary>
public enum TargetScope
{
    /// <summary>The text does not say.</summary>
    Unstated,

    /// <summary>The list is all that was hit: "strikes hit only terrorists".</summary>
    Only,

    /// <summary>The list is most of what was hit: "most air strikes target ISIL".</summary>
    Mostly,

    /// <summary>The list is part of what was hit: "not only ISIS but other opponents of the government".</summary>
    AmongOthers,
}
