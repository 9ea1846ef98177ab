namespace ClaimModel.Engine;

/// <summary>What <see cref="ContradictionIndex"/> publishes after each add: the findings array (only its first
/// <paramref name="Count"/> slots, which never change again) and the counts. Immutable.</summary>
/// <param name="Findings">The writer's findings array.</param>
/// <param name="Count">How many findings are published.</param>
/// <param name="Claims">How many claims were added.</param>
/// <param name="Denials">How many denials were added.</param>
internal sealed record IndexSnapshot(Finding[] Findings, int Count, int Claims, int Denials);
