namespace ClaimModel.Engine;

/// <summary>A position in a <see cref="ContradictionIndex"/>'s change log (<see cref="IndexChanges"/>): how many
/// revisions and voice changes were read. <see langword="default"/> is the start.</summary>
/// <param name="Revisions">How many revisions were read.</param>
/// <param name="Revoiced">How many voice changes were read.</param>
internal readonly record struct IndexChangeMark(int Revisions, int Revoiced);
