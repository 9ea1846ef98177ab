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

    /// <summary>A political body that is neither a state organ nor an NGO: a party, an opposition coalition
    /// (the High Negotiations Committee), a parliament group.</summary>
    PoliticalBody,

    /// <summary>A group of unnamed people the reports speak of as one ("U.S. military officials", "many in the
    /// West", "residents"): described, never named.</summary>
    UnnamedGroup,
}
