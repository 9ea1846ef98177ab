namespace ClaimModel.SampleService;

/// <summary>What an add did: the records added and the ids of the findings it created.</summary>
/// <param name="Claims">The claims added.</param>
/// <param name="Denials">The denials added.</param>
/// <param name="NewFindings">The ids of the new findings, in report order.</param>
public sealed record Added(int Claims, int Denials, string[] NewFindings);
