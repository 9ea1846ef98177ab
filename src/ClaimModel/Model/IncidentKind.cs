namespace ClaimModel;

/// <summary>What kind of event an <see cref="Incident"/> is. JSON: kebab-case.</summary>
public enum IncidentKind
{
    /// <summary>One or more air strikes.</summary>
    Airstrike,
    /// <summary>A bombing whose means (air, ground) is not specified.</summary>
    Bombing,
    /// <summary>Artillery or mortar shelling.</summary>
    Shelling,
    /// <summary>A military offensive or campaign over a period.</summary>
    Offensive,
    /// <summary>People forced to flee.</summary>
    Displacement,
    /// <summary>A whole armed conflict.</summary>
    Conflict,
    /// <summary>Anything else.</summary>
    Other,
}
