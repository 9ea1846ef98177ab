namespace ClaimModel;

/// <summary>What was (said to be) hit. JSON: kebab-case.</summary>
public enum TargetKind
{
    /// <summary>A hospital or other medical facility.</summary>
    Hospital,
    /// <summary>A school.</summary>
    School,
    /// <summary>A mosque.</summary>
    Mosque,
    /// <summary>A residential area or neighbourhood.</summary>
    ResidentialArea,
    /// <summary>Civilians as such.</summary>
    Civilians,
    /// <summary>Civilian infrastructure (roads, supply routes, utilities).</summary>
    Infrastructure,
    /// <summary>Military or militant facilities ("terrorist facilities").</summary>
    MilitaryFacility,
    /// <summary>Unspecified objects ("nine objects").</summary>
    Objects,
    /// <summary>Anything else; say what in <see cref="Target.Name"/>.</summary>
    Other,
}
