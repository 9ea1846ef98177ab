namespace ClaimModel.Engine;

/// <summary>The key of a bucket of claims or denials that may contradict each other: a bucket kind and up to
/// five interned ids. Claims are compared only with the entries of the buckets their keys name.</summary>
/// <param name="Kind">Which family of buckets (<see cref="BucketKind"/>).</param>
/// <param name="Incident">The interned incident id, <see cref="KeyInterner.None"/> for none or "general".</param>
/// <param name="A">First discriminator (an actor, a measure, a target kind).</param>
/// <param name="B">Second discriminator.</param>
/// <param name="C">Third discriminator.</param>
/// <param name="D">Fourth discriminator.</param>
internal readonly record struct BucketKey(BucketKind Kind, int Incident, int A, int B = 0, int C = 0, int D = 0);
