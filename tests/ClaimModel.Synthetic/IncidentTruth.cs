namespace ClaimModel.Synthetic;

/// <summary>The hidden truth of one generated incident that its ordinary claims agree with: the perpetrator
/// (and its side), the local hour and minute, the counts (in <c>CorpusBuilder.Counts</c> order: killed,
/// injured, displaced, strikes, facilities destroyed) and the strike's distance from the town centre.</summary>
internal sealed record IncidentTruth(
    Incident Incident,
    SyntheticPlace Place,
    int Day,
    int Side,
    Perpetrator Perpetrator,
    int Hour,
    int Minute,
    decimal[] Counts,
    decimal DistanceMiles);
