namespace ClaimModel;

/// <summary>How an actor belongs to another. Every relation points up a hierarchy; JSON: kebab-case.</summary>
public enum AffiliationRelation
{
    /// <summary>A member of a group or coalition (USA → US-led coalition).</summary>
    MemberOf,
    /// <summary>An organisational part (Defense Ministry → Russia; Aerospace Forces → Defense Ministry).</summary>
    PartOf,
    /// <summary>Speaks for the organisation (Konashenkov → Russian Defense Ministry).</summary>
    SpokespersonFor,
    /// <summary>An official or employee of the organisation.</summary>
    OfficialOf,
    /// <summary>Owned or controlled by the organisation (SANA → Syrian government).</summary>
    ControlledBy,
}
