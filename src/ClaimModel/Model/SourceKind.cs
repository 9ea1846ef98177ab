namespace ClaimModel;

/// <summary>What kind of publisher a <see cref="Source"/> is. JSON: kebab-case.</summary>
public enum SourceKind
{
    /// <summary>An independent news outlet (CNN, The Guardian, IBTimes).</summary>
    NewsOutlet,
    /// <summary>A wire agency (Reuters, AFP).</summary>
    WireAgency,
    /// <summary>State-affiliated media (TASS, RT, Sputnik, Press TV, SANA).</summary>
    StateMedia,
    /// <summary>A government publication or statement.</summary>
    Government,
    /// <summary>An NGO publication.</summary>
    Ngo,
    /// <summary>A social-media post or account.</summary>
    SocialMedia,
}
