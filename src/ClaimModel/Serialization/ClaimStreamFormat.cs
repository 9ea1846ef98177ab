namespace ClaimModel.Serialization;

/// <summary>How a stream of records is laid out, for <see cref="ClaimJsonStream"/>.</summary>
public enum ClaimStreamFormat
{
    /// <summary>Newline-delimited JSON (NDJSON, JSON Lines): one record per line; blank lines are skipped, a line may end
    /// in CR LF.</summary>
    Ndjson,

    /// <summary>One JSON array of records (<c>[{…}, {…}]</c>), read element by element.</summary>
    JsonArray,
}
