namespace ClaimModel;

/// <summary>A vague quantity word. Its bounds are documented on the engine's figure policy. JSON: kebab-case.</summary>
public enum VagueQuantity
{
    /// <summary>"a few", "several".</summary>
    Several,
    /// <summary>"dozens".</summary>
    Dozens,
    /// <summary>"scores".</summary>
    Scores,
    /// <summary>"hundreds".</summary>
    Hundreds,
    /// <summary>"thousands".</summary>
    Thousands,
    /// <summary>"tens of thousands".</summary>
    TensOfThousands,
    /// <summary>"hundreds of thousands".</summary>
    HundredsOfThousands,
    /// <summary>"millions".</summary>
    Millions,
}
