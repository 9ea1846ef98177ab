namespace ClaimModel;

/// <summary>How the actors of a statement naming several relate. JSON: kebab-case.</summary>
public enum ActorCombination
{
    /// <summary>Together: "Russian and Syrian forces bombed the hospitals", "Damascus and Moscow".</summary>
    Jointly,

    /// <summary>One of them, the speaker does not say which: "either Russian or regime aircraft".</summary>
    EitherOf,
}
