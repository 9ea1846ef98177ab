namespace ClaimModel.Synthetic;

/// <summary>
/// A deterministic synthetic corpus of claims with the shape of conflict reporting, for tests and benchmarks.
/// </summary>
/// <remarks>
/// <para>Shape: fictional sides (states in coalitions, each with ministries, military units, spokespersons and
/// officials; armed groups; NGOs; an international body), outlets whose articles report claims directly or
/// through intermediaries (<see cref="Report.Via"/>), incidents whose claim counts follow a truncated Zipf law
/// (exponent 1.3, at most 400 claims per incident), every <see cref="StatementKind"/>,
/// <see cref="FigureQualifier"/> and unit (people, sorties, strikes, facilities, mi, km; per-day rates; vague
/// quantities), relative and part-of-day times, and denials (by claim id, by statement, or both).</para>
/// <para>Every incident has a hidden truth (perpetrator, figures, day and hour); ordinary claims are
/// consistent with it, so the only contradictions are the denials and those planted at
/// <see cref="SyntheticCorpusOptions.ContradictionRate"/>, listed in <see cref="SyntheticCorpusResult.Planted"/>.</para>
/// <para>Evidence quotes are taken from a small pool of shared article texts (each quoted fragment occurs
/// exactly once in its text), so memory grows with the claims, not with text per claim; generation is
/// linear in the number of claims.</para>
/// <para>The same options give an equal document on every machine: the generator uses its own random
/// sequence and invariant formatting.</para>
/// </remarks>
public static class SyntheticCorpus
{
    /// <summary>The seed used when none is given.</summary>
    public const int DefaultSeed = 42;

    /// <summary>Generates a document with exactly <paramref name="claims"/> claims.</summary>
    /// <param name="claims">The number of claims (at least 1).</param>
    /// <param name="seed">The seed.</param>
    public static ClaimDocument Generate(int claims, int seed = DefaultSeed) =>
        GenerateWithPlan(new SyntheticCorpusOptions { Claims = claims, Seed = seed }).Document;

    /// <summary>Generates a document and the list of contradictions planted in it.</summary>
    /// <param name="options">Size, seed and rates.</param>
    public static SyntheticCorpusResult GenerateWithPlan(SyntheticCorpusOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Claims, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.DenialRate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.DenialRate, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ContradictionRate);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.ContradictionRate, 1.0);
        return new CorpusBuilder(options).Build();
    }
}
