namespace ClaimModel.Synthetic;

/// <summary>An actor that makes claims, with the IANA zone it speaks in.</summary>
internal sealed record Speaker(string Id, string Zone);
