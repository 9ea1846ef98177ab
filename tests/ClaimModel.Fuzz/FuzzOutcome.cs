namespace ClaimModel.Fuzz;

/// <summary>How far an input got through <see cref="FuzzHarness.Run"/> without breaking the contract.</summary>
internal enum FuzzOutcome
{
    /// <summary>The reader refused the bytes with a <see cref="ClaimModel.Serialization.ClaimJsonException"/>.</summary>
    Unreadable,

    /// <summary>The document was read and written back unchanged; validation reported errors, so it was not analysed.</summary>
    Invalid,

    /// <summary>The document round-tripped, validated and was analysed (batch and incremental, reports rendered).</summary>
    Analysed,
}
