namespace ClaimModel.Synthetic;

/// <summary>An actor that can carry out an incident, with the ids a claim may name for it (itself and its
/// ancestors below the side root: "the air force", "the defence ministry", "the state").</summary>
internal sealed record Perpetrator(string Id, string[] Names);
