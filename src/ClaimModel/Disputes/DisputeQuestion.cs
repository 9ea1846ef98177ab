namespace ClaimModel.Disputes;

/// <summary>The one question a <see cref="Dispute"/> is about. JSON and report text: kebab-case.</summary>
public enum DisputeQuestion
{
    /// <summary>Who carried it out (responsibility claims, conflicting or denied).</summary>
    Perpetrator,

    /// <summary>Were an actor's forces there (presence and absence claims, acting claims).</summary>
    Presence,

    /// <summary>How many, for one measure (figures, and denials of them).</summary>
    Count,

    /// <summary>When it happened (occurrence times).</summary>
    Time,

    /// <summary>What was hit (target accounts).</summary>
    Targets,

    /// <summary>Was it deliberate (intents attributed to one act).</summary>
    Intent,

    /// <summary>Is a claim true at all: a denial of an utterance as a whole, or of a statement of free text.</summary>
    Claim,
}
