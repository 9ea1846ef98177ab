namespace ClaimModel;

/// <summary>What a denial rejects. JSON: kebab-case.</summary>
public enum DeniedAspect
{
    /// <summary>The act itself: "no U.S. missions were flown".</summary>
    Act,

    /// <summary>Only the intent, not the act: "the army denied it intentionally targeted the hospital".</summary>
    Intent,
}
