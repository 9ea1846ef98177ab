namespace ClaimModel;

/// <summary>What kind of speaker or agent an <see cref="Actor"/> is. JSON: kebab-case (<c>"military-unit"</c>).</summary>
public enum ActorKind
{
    /// <summary>A sovereign state (Russia, the United States, Turkey).</summary>
    State,
    /// <summary>A government body other than a ministry (the White House, the State Department's officials).</summary>
    Government,
    /// <summary>A ministry (Russia's Defense Ministry, Turkey's Foreign Ministry).</summary>
    Ministry,
    /// <summary>A military force or unit (Russia's Aerospace Forces, the U.S. Air Force).</summary>
    MilitaryUnit,
    /// <summary>A coalition of states (the US-led anti-ISIS coalition).</summary>
    Coalition,
    /// <summary>A non-state armed group (rebels, ISIS, Jabhat al-Nusra).</summary>
    ArmedGroup,
    /// <summary>A non-governmental organisation (the Syrian Observatory for Human Rights).</summary>
    Ngo,
    /// <summary>An intergovernmental organisation (the United Nations, its Security Council).</summary>
    InternationalOrganization,
    /// <summary>A media organisation speaking for itself.</summary>
    Media,
    /// <summary>A named or unnamed person (a spokesman, "a U.S. State Department official").</summary>
    Person,
}
