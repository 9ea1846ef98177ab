namespace ClaimModel.Validation;

/// <summary>What <see cref="AmendmentApplier"/> did, for mapping paths of the amended document back to the
/// amendments: each element an amendment added, where it landed, and which amendments were kept unapplied.</summary>
internal sealed class AmendmentTrace
{
    /// <summary>An element added to a record.</summary>
    /// <param name="Part">Where it landed in the amended document: <c>claims[3].reports[2]</c>.</param>
    /// <param name="Amendment">The index of the amendment that added it (in the input document's amendments).</param>
    /// <param name="Member">The amendment's member that held it: <c>reports</c>, <c>aliases</c>, <c>affiliations</c>,
    /// <c>sameAs</c>.</param>
    /// <param name="Element">Its index in that member.</param>
    public readonly record struct Addition(string Part, int Amendment, string Member, int Element);

    /// <summary>Every element added, in the order the amendments were applied.</summary>
    public List<Addition> Added { get; } = [];

    /// <summary>For each amendment of the amended document (the ones not applied), its index in the input
    /// document's amendments.</summary>
    public List<int> Kept { get; } = [];
}
